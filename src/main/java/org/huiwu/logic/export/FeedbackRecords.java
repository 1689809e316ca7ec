package org.huiwu.logic.export;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.model.feedback.RatingScale;
import org.huiwu.model.feedback.ScaleLevel;
import org.huiwu.model.feedback.SurveyAnswer;
import org.huiwu.model.feedback.SurveyForm;
import org.huiwu.model.feedback.SurveyItem;
import org.huiwu.model.feedback.SurveyTemplate;

/**
 * Reads a meeting's survey template copy and survey forms back from the exported rows, so the logs and the
 * report count them with the same {@link org.huiwu.model.feedback.SurveySummary} as the window.
 * Stateless; thread-safe.
 */
final class FeedbackRecords {

    private FeedbackRecords() {
    }

    /** The items and scales the meeting's forms were answered with (empty when no form was entered). */
    static SurveyTemplate template(MeetingRecord record) {
        List<SurveyItem> items = record.rows("survey_meeting_item").stream()
                .map(r -> new SurveyItem(uuid(r.get("item_id")), number(r.get("position")), text(r.get("label_zh")),
                        text(r.get("label_en")), false)).toList();
        List<ScaleLevel> levels = record.rows("survey_meeting_level").stream()
                .map(r -> new ScaleLevel(RatingScale.valueOf(text(r.get("scale"))), number(r.get("level")),
                        text(r.get("label_zh")), text(r.get("label_en")), Boolean.TRUE.equals(r.get("satisfied"))))
                .toList();
        return new SurveyTemplate(items, levels);
    }

    /** The meeting's forms with their answers, in the order they were entered. */
    static List<SurveyForm> forms(MeetingRecord record) {
        List<Map<String, Object>> rows = new ArrayList<>(record.rows("survey_form"));
        rows.sort(java.util.Comparator.comparing((Map<String, Object> r) -> OffsetDateTime.parse(text(r.get("entered_at"))))
                .thenComparing(r -> text(r.get("id"))));
        Map<String, List<SurveyAnswer>> answersByForm = new HashMap<>();
        for (Map<String, Object> a : record.rows("survey_answer")) {
            answersByForm.computeIfAbsent(text(a.get("form_id")), form -> new ArrayList<>())
                    .add(new SurveyAnswer(uuid(a.get("item_id")), number(a.get("level"))));
        }
        List<SurveyForm> forms = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            List<SurveyAnswer> answers = answersByForm.getOrDefault(text(r.get("id")), List.of());
            Object overall = r.get("overall_level");
            forms.add(new SurveyForm(uuid(r.get("id")), uuid(r.get("meeting_id")), text(r.get("respondent_unit")),
                    text(r.get("respondent_name")), overall == null ? null : number(overall), text(r.get("comments")),
                    OffsetDateTime.parse(text(r.get("entered_at"))).toInstant(), text(r.get("entered_by")), answers));
        }
        return forms;
    }

    private static UUID uuid(Object value) {
        return UUID.fromString(value.toString());
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
