package org.huiwu.logic.feedback;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.huiwu.model.feedback.RatingScale;
import org.huiwu.model.feedback.SurveyAnswer;
import org.huiwu.model.feedback.SurveyForm;
import org.huiwu.model.feedback.SurveyItem;
import org.huiwu.model.feedback.SurveySummary;
import org.huiwu.model.feedback.SurveyTemplate;
import org.huiwu.persistence.SurveyDao;

/**
 * The satisfaction survey forms of each meeting (满意度调查), typed in from paper: checked, stored with
 * their answers, and summed up. A meeting's first form fixes the items and labels its forms are answered
 * with (a copy of the template then); until then the current template applies. Each call is one
 * transaction. Synchronous and thread-safe; call it off the FX thread.
 */
public final class SurveyBook {

    private final SurveyDao surveys;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public SurveyBook(SurveyDao surveys, Clock clock, Supplier<UUID> ids) {
        this.surveys = surveys;
        this.clock = clock;
        this.ids = ids;
    }

    /** The items and scales the meeting's forms are (or will be) answered with. */
    public SurveyTemplate templateOf(UUID meetingId) {
        return surveys.meetingTemplate(meetingId).orElseGet(() -> {
            SurveyTemplate current = surveys.template();
            return new SurveyTemplate(current.activeItems(), current.levels());
        });
    }

    /**
     * Checks and stores one form entered now.
     *
     * @throws FeedbackRejectedException when the unit is missing, nothing was answered, a rating is not a
     *     level of its scale (or rates an item the meeting's form does not have), or a text is too long
     */
    public SurveyForm add(UUID meetingId, SurveyEntry entry, String enteredBy) {
        SurveyTemplate template = templateOf(meetingId);
        String unit = FeedbackRejectedException.shortText(entry.respondentUnit());
        if (unit.isEmpty()) {
            throw new FeedbackRejectedException(FeedbackProblem.UNIT_MISSING);
        }
        String name = FeedbackRejectedException.shortText(entry.respondentName());
        String comments = FeedbackRejectedException.checked(entry.comments(), FeedbackProblem.MAX_LONG_TEXT,
                FeedbackProblem.COMMENT_TOO_LONG);
        String by = FeedbackRejectedException.shortText(enteredBy);
        List<SurveyAnswer> answers = new ArrayList<>();
        for (SurveyItem item : template.items()) {
            Integer level = entry.ratings().get(item.id());
            if (level != null) {
                answers.add(new SurveyAnswer(item.id(), inScale(template, RatingScale.ITEM, level)));
            }
        }
        for (Map.Entry<UUID, Integer> rating : entry.ratings().entrySet()) {
            if (rating.getValue() != null && template.items().stream().noneMatch(i -> i.id().equals(rating.getKey()))) {
                throw new FeedbackRejectedException(FeedbackProblem.RATING_OUT_OF_SCALE);
            }
        }
        Integer overall = entry.overallLevel() == null ? null
                : inScale(template, RatingScale.OVERALL, entry.overallLevel());
        if (answers.isEmpty() && overall == null && comments.isEmpty()) {
            throw new FeedbackRejectedException(FeedbackProblem.FORM_EMPTY);
        }
        SurveyForm form = new SurveyForm(ids.get(), meetingId, unit, name, overall, comments, clock.instant(), by,
                answers);
        surveys.addForm(form, template);
        return form;
    }

    /** Removes a form entered by mistake; its answers go with it. The meeting keeps its copy of the template. */
    public void remove(UUID formId) {
        if (surveys.deleteForm(formId) != 1) {
            throw new FeedbackRejectedException(FeedbackProblem.NOT_FOUND);
        }
    }

    /** The meeting's forms in the order they were entered. */
    public List<SurveyForm> forms(UUID meetingId) {
        return surveys.forms(meetingId);
    }

    /** The meeting's summary: counts per item and level, overall counts and the satisfaction rate. */
    public SurveySummary summary(UUID meetingId) {
        return SurveySummary.of(templateOf(meetingId), forms(meetingId));
    }

    private static int inScale(SurveyTemplate template, RatingScale scale, int level) {
        if (template.level(scale, level).isEmpty()) {
            throw new FeedbackRejectedException(FeedbackProblem.RATING_OUT_OF_SCALE);
        }
        return level;
    }
}
