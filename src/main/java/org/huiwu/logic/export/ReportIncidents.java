package org.huiwu.logic.export;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.huiwu.i18n.I18n;
import org.huiwu.model.incidents.ChangeKind;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.Severity;
import org.jfree.chart.JFreeChart;

/**
 * The incidents and left-items sections of the service report: the incidents on the meeting's time
 * axis (a chart), then each incident (its summary and place when given) with its procedure steps
 * (ticked, skipped or open) and its version history (the author when one was named), then the left items
 * (to whom handed over and returned only when they were). Immutable; confined to the report's thread.
 */
final class ReportIncidents {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final I18n i18n;
    private final ZoneId zone;

    ReportIncidents(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.zone = zone;
    }

    void write(MeetingRecord record, ReportPages pages, JFreeChart chart) throws IOException {
        pages.newPage();
        pages.heading(i18n.get("export.report.incidents"), 16);
        if (record.rows("incident").isEmpty()) {
            pages.line(i18n.get("export.report.none"), 10, 12);
        } else {
            pages.chart(chart, 190);
        }
        for (Map<String, Object> incident : record.inReadingOrder("incident")) {
            pages.line(i18n.format("export.report.incident", time(incident.get("occurred_at")),
                    i18n.get(IncidentType.valueOf(incident.get("type").toString()).labelKey()),
                    i18n.get(Severity.valueOf(incident.get("severity").toString()).labelKey()),
                    i18n.get(IncidentStatus.valueOf(incident.get("status").toString()).labelKey()),
                    part("export.report.incidentSummary", incident.get("description")),
                    part("export.report.incidentWhere", incident.get("location"))), 11, 0);
            steps(record, incident, pages);
            for (Map<String, Object> version : record.inReadingOrder("incident_version")) {
                if (version.get("incident_id").equals(incident.get("id"))) {
                    pages.line(i18n.format("export.report.history", version.get("version"),
                            time(version.get("changed_at")), part("export.report.historyBy", version.get("changed_by")),
                            i18n.get(ChangeKind.valueOf(version.get("change_kind").toString()).labelKey())),
                            9, 24);
                }
            }
            pages.gap(6);
        }
        pages.gap(10);
        pages.heading(i18n.get("export.report.leftItems"), 16);
        if (record.rows("left_item").isEmpty()) {
            pages.line(i18n.get("export.report.none"), 10, 12);
        }
        for (Map<String, Object> item : record.inReadingOrder("left_item")) {
            pages.line(i18n.format("export.report.leftItem", item.get("what"), item.get("found_where"),
                    time(item.get("found_at")), part("export.report.leftItemHanded", item.get("handed_to")),
                    part("export.report.leftItemReturned", item.get("returned_to"))), 10, 12);
        }
    }

    private void steps(MeetingRecord record, Map<String, Object> incident, ReportPages pages) throws IOException {
        boolean english = "en".equals(i18n.locale().getLanguage());
        for (Map<String, Object> step : record.rows("procedure_step")) {
            if (!step.get("procedure_id").equals(incident.get("procedure_id"))
                    || !step.get("version").toString().equals(incident.get("procedure_version").toString())) {
                continue;
            }
            Map<String, Object> tick = record.rows("step_tick").stream()
                    .filter(t -> t.get("incident_id").equals(incident.get("id"))
                            && t.get("step_number").toString().equals(step.get("number").toString()))
                    .findFirst().orElse(null);
            String text = step.get(english ? "text_en" : "text_zh").toString();
            String line;
            if (tick == null) {
                line = i18n.format("export.report.stepOpen", step.get("number"), text);
            } else if (Boolean.TRUE.equals(tick.get("skipped"))) {
                line = i18n.format("export.report.stepSkipped", step.get("number"), text, tick.get("skip_reason"));
            } else {
                line = i18n.format("export.report.stepTicked", step.get("number"), text, time(tick.get("ticked_at")),
                        tick.get("ticked_by"));
            }
            pages.line(line, 9, 24);
        }
    }

    /** The labelled part of an incident's line, or nothing when the value is blank (no dangling "：" or label). */
    private String part(String key, Object value) {
        return value == null || value.toString().isBlank() ? "" : i18n.format(key, value);
    }

    private String time(Object value) {
        return value == null ? "" : OffsetDateTime.parse(value.toString()).atZoneSameInstant(zone).format(TIME);
    }
}
