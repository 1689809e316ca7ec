package org.huiwu.logic.export;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.LogTable.LogColumn;
import org.huiwu.model.feedback.ComplaintChange;
import org.huiwu.model.feedback.ComplaintChannel;
import org.huiwu.model.feedback.ComplaintStatus;
import org.huiwu.model.feedback.RatingScale;
import org.huiwu.model.feedback.SurveyForm;
import org.huiwu.model.feedback.SurveyItem;
import org.huiwu.model.feedback.SurveyTemplate;

/**
 * The spreadsheet logs of a meeting's feedback: survey forms (one row per form, one column per item of
 * the meeting's form, ratings as their labels), complaints with their handling, and every version of
 * the complaints. Headers in the user's language, times in the local zone. Immutable; thread-safe.
 */
final class FeedbackLogs {

    private final I18n i18n;
    private final ZoneId zone;
    private final boolean english;

    FeedbackLogs(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.zone = zone;
        this.english = "en".equals(i18n.locale().getLanguage());
    }

    List<LogTable> of(MeetingRecord record) {
        return List.of(surveys(record), complaints(record), history(record));
    }

    private LogTable surveys(MeetingRecord record) {
        SurveyTemplate template = FeedbackRecords.template(record);
        List<LogColumn> columns = new ArrayList<>(List.of(column("feedback.export.enteredAt", 19),
                column("feedback.export.unit", 20), column("feedback.export.name", 12)));
        template.items().forEach(item -> columns.add(new LogColumn(item.label(english), 12)));
        columns.addAll(List.of(column("feedback.export.overall", 12), column("feedback.export.comments", 40),
                column("feedback.export.enteredBy", 12)));
        List<List<Object>> rows = new ArrayList<>();
        for (SurveyForm form : FeedbackRecords.forms(record)) {
            List<Object> row = new ArrayList<>(List.of(form.enteredAt().atZone(zone).toLocalDateTime(),
                    form.respondentUnit(), form.respondentName()));
            for (SurveyItem item : template.items()) {
                row.add(form.levelOf(item.id()).map(level -> label(template, RatingScale.ITEM, level)).orElse(""));
            }
            row.add(form.overallLevel() == null ? "" : label(template, RatingScale.OVERALL, form.overallLevel()));
            row.add(form.comments());
            row.add(form.enteredBy());
            rows.add(row);
        }
        return new LogTable("surveys", i18n.get("feedback.export.surveys"), columns, rows);
    }

    private LogTable complaints(MeetingRecord record) {
        List<LogColumn> columns = List.of(column("feedback.export.receivedAt", 19),
                column("feedback.export.channel", 10), column("feedback.export.unit", 20),
                column("feedback.export.name", 12), column("feedback.export.contact", 16),
                column("feedback.export.category", 12), column("feedback.export.content", 40),
                column("feedback.export.status", 10), column("feedback.export.handledBy", 12),
                column("feedback.export.actions", 40), column("feedback.export.result", 30),
                column("feedback.export.response", 30), column("feedback.export.closedAt", 19),
                column("feedback.export.version", 8));
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> c : record.inReadingOrder("complaint")) {
            rows.add(java.util.Arrays.asList(time(c.get("received_at")),
                    i18n.get(ComplaintChannel.valueOf(c.get("channel").toString()).labelKey()),
                    c.get("complainant_unit"), c.get("complainant_name"), c.get("complainant_contact"),
                    c.get("category"), c.get("content"),
                    i18n.get(ComplaintStatus.valueOf(c.get("status").toString()).labelKey()), c.get("handled_by"),
                    c.get("actions_taken"), c.get("result"), c.get("complainant_response"), time(c.get("closed_at")),
                    c.get("version")));
        }
        return new LogTable("complaints", i18n.get("feedback.export.complaints"), columns, rows);
    }

    private LogTable history(MeetingRecord record) {
        List<LogColumn> columns = List.of(column("feedback.export.receivedAt", 19),
                column("feedback.export.content", 40), column("feedback.export.version", 8),
                column("feedback.export.changedAt", 19), column("feedback.export.changedBy", 12),
                column("feedback.export.changeKind", 12), column("feedback.export.status", 10),
                column("feedback.export.handledBy", 12), column("feedback.export.result", 30));
        List<List<Object>> rows = new ArrayList<>();
        List<Map<String, Object>> versions = new ArrayList<>(record.rows("complaint_version"));
        versions.sort(Comparator.comparing((Map<String, Object> v) -> OffsetDateTime.parse(v.get("received_at").toString()))
                .thenComparing(v -> v.get("complaint_id").toString())
                .thenComparing(v -> ((Number) v.get("version")).intValue()));
        for (Map<String, Object> v : versions) {
            rows.add(java.util.Arrays.asList(time(v.get("received_at")), v.get("content"), v.get("version"),
                    time(v.get("changed_at")), v.get("changed_by"),
                    i18n.get(ComplaintChange.valueOf(v.get("change_kind").toString()).labelKey()),
                    i18n.get(ComplaintStatus.valueOf(v.get("status").toString()).labelKey()), v.get("handled_by"),
                    v.get("result")));
        }
        return new LogTable("complaint-history", i18n.get("feedback.export.complaintHistory"), columns, rows);
    }

    private String label(SurveyTemplate template, RatingScale scale, int level) {
        return template.level(scale, level).map(l -> l.label(english)).orElse(String.valueOf(level));
    }

    private LogColumn column(String key, int width) {
        return new LogColumn(i18n.get(key), width);
    }

    private Object time(Object value) {
        return value == null ? null : OffsetDateTime.parse(value.toString()).atZoneSameInstant(zone).toLocalDateTime();
    }


}
