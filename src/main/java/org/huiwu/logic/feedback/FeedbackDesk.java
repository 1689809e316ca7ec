package org.huiwu.logic.feedback;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

import org.huiwu.persistence.ComplaintDao;
import org.huiwu.persistence.SurveyDao;

/**
 * What the feedback screens work with: the survey template, each meeting's survey forms and the
 * complaints log. Built once by the composition root. Immutable; its parts are thread-safe.
 */
public record FeedbackDesk(SurveyTemplates templates, SurveyBook surveys, ComplaintLog complaints) {

    public static FeedbackDesk create(SurveyDao surveys, ComplaintDao complaints, Clock clock, Supplier<UUID> ids) {
        return new FeedbackDesk(new SurveyTemplates(surveys, ids), new SurveyBook(surveys, clock, ids),
                new ComplaintLog(complaints, clock, ids));
    }
}
