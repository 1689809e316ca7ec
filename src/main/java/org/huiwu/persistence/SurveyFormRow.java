package org.huiwu.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.feedback.SurveyAnswer;
import org.huiwu.model.feedback.SurveyForm;

/** One {@code survey_form} row as read by Jdbi's constructor mapper, without its answers. Immutable. */
public record SurveyFormRow(UUID id, UUID meetingId, String respondentUnit, String respondentName,
        Integer overallLevel, String comments, Instant enteredAt, String enteredBy) {

    SurveyForm toForm(List<SurveyAnswer> answers) {
        return new SurveyForm(id, meetingId, respondentUnit, respondentName, overallLevel, comments, enteredAt,
                enteredBy, answers);
    }
}
