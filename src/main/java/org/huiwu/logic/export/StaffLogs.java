package org.huiwu.logic.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.LogTable.LogColumn;
import org.huiwu.persistence.MeetingTables;

/**
 * The spreadsheet logs of a meeting's service staff: the people staffed on it (服务人员) with their pledge
 * standing on the meeting's day, their confidentiality pledges (保密承诺), the assessments made at the
 * meeting (质量考核, one column per item as scored) and the staffing table (人员安排). A log without rows is
 * left out. Headers in the user's language, times in the local zone. Immutable; thread-safe.
 */
final class StaffLogs {

    private final I18n i18n;
    private final ZoneId zone;
    private final boolean english;

    StaffLogs(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.zone = zone;
        this.english = "en".equals(i18n.locale().getLanguage());
    }

    List<LogTable> of(MeetingRecord record) {
        LocalDate day = LocalDate.parse(record.meetingText("meeting_date"));
        List<LogTable> logs = new ArrayList<>();
        List<List<Object>> staff = new ArrayList<>();
        for (Map<String, Object> m : record.rows(MeetingTables.STAFF)) {
            staff.add(Arrays.asList(m.get("name"), text(m.get(english ? "post_en" : "post_zh")), m.get("grade"),
                    m.get("phone"), date(m.get("start_date")), standing(record, m.get("id"), day), m.get("notes")));
        }
        logs.add(new LogTable("staff", i18n.get("staff.export.staff"), columns("staff.export.name", 12,
                "staff.export.post", 14, "staff.export.grade", 10, "staff.export.phone", 14, "staff.export.startDate", 12,
                "staff.export.pledge", 14, "staff.export.notes", 30), staff));
        List<List<Object>> pledges = new ArrayList<>();
        for (Map<String, Object> p : record.rows(MeetingTables.PLEDGES)) {
            pledges.add(Arrays.asList(p.get("staff_name"), date(p.get("signed_on")), date(p.get("valid_until")),
                    i18n.get(validOn(p, day) ? "staff.pledge.valid" : "staff.pledge.expired"), p.get("recorded_by"),
                    p.get("notes")));
        }
        logs.add(new LogTable("pledges", i18n.get("staff.export.pledges"), columns("staff.export.name", 12,
                "staff.export.signedOn", 12, "staff.export.validUntil", 12, "staff.export.pledge", 14,
                "staff.export.recordedBy", 12, "staff.export.notes", 30), pledges));
        logs.add(assessments(record));
        List<List<Object>> staffing = new ArrayList<>();
        List<Map<String, Object>> lines = new ArrayList<>(record.rows("meeting_staffing"));
        lines.sort(java.util.Comparator.comparingInt(s -> ((Number) s.get("position")).intValue()));
        for (Map<String, Object> s : lines) {
            staffing.add(Arrays.asList(s.get("staff_name"), text(s.get(english && !text(s.get("post_en")).isEmpty()
                    ? "post_en" : "post_zh")), s.get("zone"), time(s.get("assigned_at")), s.get("assigned_by")));
        }
        logs.add(new LogTable("staffing", i18n.get("staff.export.staffing"), columns("staff.export.name", 12,
                "staff.export.post", 14, "staff.export.zone", 16, "staff.export.assignedAt", 19,
                "staff.export.assignedBy", 12), staffing));
        return logs.stream().filter(log -> !log.rows().isEmpty()).toList();
    }

    private LogTable assessments(MeetingRecord record) {
        Map<String, List<Map<String, Object>>> scores = new LinkedHashMap<>();
        record.rows("staff_assessment_score").forEach(s -> scores.computeIfAbsent(s.get("assessment_id").toString(),
                id -> new ArrayList<>()).add(s));
        List<String> items = new ArrayList<>();
        scores.values().forEach(list -> list.forEach(s -> {
            String label = text(s.get(english && !text(s.get("label_en")).isEmpty() ? "label_en" : "label_zh"));
            if (!items.contains(label)) {
                items.add(label);
            }
        }));
        List<LogColumn> columns = new ArrayList<>(columns("staff.export.day", 12, "staff.export.name", 12,
                "staff.export.version", 8));
        items.forEach(item -> columns.add(new LogColumn(item, 10)));
        columns.addAll(columns("staff.export.total", 8, "staff.export.assessor", 12, "staff.export.notes", 30));
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> a : record.rows("staff_assessment")) {
            List<Object> row = new ArrayList<>(Arrays.asList(date(a.get("assessed_on")), a.get("staff_name"),
                    a.get("template_version")));
            Object[] byItem = new Object[items.size()];
            int total = 0;
            int max = 0;
            for (Map<String, Object> s : scores.getOrDefault(a.get("id").toString(), List.of())) {
                String label = text(s.get(english && !text(s.get("label_en")).isEmpty() ? "label_en" : "label_zh"));
                int score = ((Number) s.get("score")).intValue();
                byItem[items.indexOf(label)] = score;
                total += score;
                max += ((Number) s.get("max_score")).intValue();
            }
            row.addAll(Arrays.asList(byItem));
            row.addAll(Arrays.asList(total + " / " + max, a.get("assessor"), a.get("notes")));
            rows.add(row);
        }
        return new LogTable("assessments", i18n.get("staff.export.assessments"), columns, rows);
    }

    private String standing(MeetingRecord record, Object staffId, LocalDate day) {
        List<Map<String, Object>> own = record.rows(MeetingTables.PLEDGES).stream()
                .filter(p -> p.get("staff_id").toString().equals(staffId.toString())).toList();
        if (own.isEmpty()) {
            return i18n.get("staff.pledge.missing");
        }
        return i18n.get(own.stream().anyMatch(p -> validOn(p, day)) ? "staff.pledge.valid" : "staff.pledge.expired");
    }

    private static boolean validOn(Map<String, Object> pledge, LocalDate day) {
        return !day.isBefore(LocalDate.parse(pledge.get("signed_on").toString()))
                && !day.isAfter(LocalDate.parse(pledge.get("valid_until").toString()));
    }

    private List<LogColumn> columns(Object... keysAndWidths) {
        List<LogColumn> columns = new ArrayList<>();
        for (int i = 0; i < keysAndWidths.length; i += 2) {
            columns.add(new LogColumn(i18n.get(keysAndWidths[i].toString()), (Integer) keysAndWidths[i + 1]));
        }
        return columns;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse(value.toString());
    }

    private Object time(Object value) {
        return value == null ? null : OffsetDateTime.parse(value.toString()).atZoneSameInstant(zone).toLocalDateTime();
    }
}
