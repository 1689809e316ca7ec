package org.huiwu.logic.export;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.LogTable.LogColumn;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.checklists.ItemText;

/**
 * The service checklist log of a meeting for spreadsheets: one row per item with its phase, number,
 * text in the user's language, state, note, who marked it last and when, and how many marks it has (the
 * full mark history travels in the bundle). Immutable; thread-safe.
 */
final class ChecklistLog {

    private final I18n i18n;
    private final ZoneId zone;

    ChecklistLog(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.zone = zone;
    }

    LogTable of(MeetingRecord record) {
        ChecklistMarks checklist = new ChecklistMarks(record);
        List<LogColumn> columns = List.of(column("checklist.export.phase", 10), column("checklist.export.number", 6),
                column("checklist.export.item", 48), column("checklist.export.state", 10),
                column("checklist.export.note", 24), column("checklist.export.markedBy", 12),
                column("checklist.export.markedAt", 19), column("checklist.export.marks", 8));
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> item : checklist.items()) {
            Map<String, Object> mark = checklist.latest(item);
            List<Object> row = new ArrayList<>();
            row.add(i18n.get(ChecklistPhase.valueOf(item.get("phase").toString()).labelKey()));
            row.add(Integer.valueOf(item.get("position").toString()));
            row.add(ItemText.of(item.get("text_zh").toString(), item.get("text_en").toString(), i18n.locale()));
            row.add(i18n.get(checklist.state(item).labelKey()));
            row.add(mark == null ? "" : mark.get("note").toString());
            row.add(mark == null ? "" : mark.get("marked_by").toString());
            row.add(mark == null ? null : OffsetDateTime.parse(mark.get("marked_at").toString())
                    .atZoneSameInstant(zone).toLocalDateTime());
            row.add(checklist.marks(item));
            rows.add(row);
        }
        return new LogTable("checklists", i18n.get("checklist.export.log"), columns, rows);
    }

    private LogColumn column(String headerKey, int width) {
        return new LogColumn(i18n.get(headerKey), width);
    }
}
