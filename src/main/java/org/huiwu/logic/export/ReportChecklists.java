package org.huiwu.logic.export;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.huiwu.i18n.I18n;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.checklists.ItemText;
import org.jfree.chart.JFreeChart;

/**
 * The service checklist section of the service report: a chart of the progress by phase, then per
 * phase its progress, then each item with ✓,
 * 不适用 or 未完成, who marked it and when, and the note. Immutable; confined to the report's thread.
 */
final class ReportChecklists {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final I18n i18n;
    private final ZoneId zone;

    ReportChecklists(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.zone = zone;
    }

    void write(MeetingRecord record, ReportPages pages, JFreeChart chart) throws IOException {
        ChecklistMarks checklist = new ChecklistMarks(record);
        pages.gap(10);
        pages.reserve(checklist.kept() ? 200 : 40);
        pages.heading(i18n.get("checklist.report.title"), 16);
        if (!checklist.kept()) {
            pages.line(i18n.get("checklist.report.notKept"), 10, 12);
            return;
        }
        pages.chart(chart, 150);
        for (ChecklistPhase phase : ChecklistPhase.values()) {
            pages.line(i18n.format("checklist.report.phase", i18n.get(phase.labelKey()), checklist.settled(phase),
                    checklist.items(phase).size()), 12, 0);
            for (Map<String, Object> item : checklist.items(phase)) {
                item(checklist, item, pages);
            }
            pages.gap(4);
        }
    }

    private void item(ChecklistMarks checklist, Map<String, Object> item, ReportPages pages) throws IOException {
        Object number = item.get("position");
        String text = ItemText.of(item.get("text_zh").toString(), item.get("text_en").toString(), i18n.locale());
        Map<String, Object> mark = checklist.latest(item);
        String line = switch (checklist.state(item)) {
            case DONE -> i18n.format("checklist.report.done", number, text, mark.get("marked_by"),
                    time(mark.get("marked_at")));
            case NOT_APPLICABLE -> i18n.format("checklist.report.notApplicable", number, text,
                    mark.get("marked_by"), time(mark.get("marked_at")));
            case OPEN -> i18n.format("checklist.report.open", number, text);
        };
        pages.line(line, 10, 12);
        if (mark != null && !mark.get("note").toString().isEmpty()) {
            pages.line(i18n.format("checklist.report.note", mark.get("note")), 9, 24);
        }
    }

    private String time(Object value) {
        return OffsetDateTime.parse(value.toString()).atZoneSameInstant(zone).format(TIME);
    }
}
