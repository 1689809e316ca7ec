package org.huiwu.model.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One filled-in satisfaction survey form (满意度调查表) of a meeting, typically typed in from paper: the
 * respondent's unit and optional name, a rating per item (items left blank have no answer), the overall
 * rating (null when left blank), comments, and who entered it when. Immutable.
 */
public record SurveyForm(UUID id, UUID meetingId, String respondentUnit, String respondentName, Integer overallLevel,
        String comments, Instant enteredAt, String enteredBy, List<SurveyAnswer> answers) {

    public SurveyForm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(enteredAt, "enteredAt");
        respondentUnit = respondentUnit == null ? "" : respondentUnit;
        respondentName = respondentName == null ? "" : respondentName;
        comments = comments == null ? "" : comments;
        enteredBy = enteredBy == null ? "" : enteredBy;
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    /** The level given to the item, if the form rated it. */
    public Optional<Integer> levelOf(UUID itemId) {
        return answers.stream().filter(a -> a.itemId().equals(itemId)).map(SurveyAnswer::level).findFirst();
    }

    public SurveyForm withAnswers(List<SurveyAnswer> newAnswers) {
        return new SurveyForm(id, meetingId, respondentUnit, respondentName, overallLevel, comments, enteredAt,
                enteredBy, newAnswers);
    }
}
