package org.huiwu.logic.export;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.huiwu.i18n.I18n;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.provenance.CheckedKind;
import org.huiwu.model.provenance.TextCheck;
import org.huiwu.persistence.MeetingTables;

/**
 * Which venue texts a meeting used (its checklist template, its survey template, the procedures its
 * incidents followed) and whether each was checked against the printed standard, for the report and the
 * spreadsheet. Immutable; thread-safe.
 */
final class TextCheckRows {

    /** One text the meeting used, with its check if it has one. */
    record Row(String kind, String item, Optional<Map<String, Object>> check) {
    }

    private final I18n i18n;
    private final ZoneId zone;
    private final DateTimeFormatter dateTime;

    TextCheckRows(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.zone = zone;
        this.dateTime = DateTimeFormatter.ofPattern(i18n.get("sources.dateTime"), i18n.locale());
    }

    List<Row> of(MeetingRecord record) {
        List<Map<String, Object>> checks = record.rows(MeetingTables.TEXT_CHECKS);
        List<Row> rows = new ArrayList<>();
        if (!record.rows("meeting_checklist").isEmpty()) {
            rows.add(row(checks, CheckedKind.CHECKLIST_TEMPLATE, TextCheck.TEMPLATE, "sources.kind.checklistTemplate",
                    i18n.get("checklist.template.title")));
        }
        if (!record.rows("survey_meeting_item").isEmpty()) {
            rows.add(row(checks, CheckedKind.SURVEY_TEMPLATE, TextCheck.TEMPLATE, "sources.kind.surveyTemplate",
                    i18n.get("feedback.template.title")));
        }
        Map<String, String> procedures = new LinkedHashMap<>();
        for (Map<String, Object> version : record.rows("procedure_version")) {
            procedures.putIfAbsent(String.valueOf(version.get("procedure_id")),
                    i18n.get(IncidentType.valueOf(String.valueOf(version.get("incident_type"))).labelKey()));
        }
        procedures.forEach((id, type) -> rows.add(row(checks, CheckedKind.PROCEDURE, id, "sources.kind.procedure", type)));
        return rows;
    }

    /** "checked against … (who, when)" or "not yet checked", as one report line. */
    String line(Row row) {
        return row.check().map(c -> i18n.format("sources.export.row", row.kind(), row.item(), c.get("clause"),
                c.get("checked_by"), when(c))).orElse(i18n.format("sources.export.unchecked", row.kind(), row.item()));
    }

    /** When a check was made, in the export's zone and the language's date format. */
    String when(Map<String, Object> check) {
        return dateTime.format(OffsetDateTime.parse(String.valueOf(check.get("checked_at"))).atZoneSameInstant(zone));
    }

    private Row row(List<Map<String, Object>> checks, CheckedKind kind, String id, String kindKey, String item) {
        Optional<Map<String, Object>> check = checks.stream()
                .filter(c -> kind.name().equals(String.valueOf(c.get("item_kind"))) && id.equals(String.valueOf(c.get("item_id"))))
                .findFirst();
        return new Row(i18n.get(kindKey), item, check);
    }
}
