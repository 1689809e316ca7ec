package org.huiwu.logic.export;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;

import org.huiwu.i18n.I18n;

/**
 * The last section of the service report: which venue texts the meeting used and whether each was
 * checked against the printed standard (clause, who, when). Left out when the meeting used none.
 * Immutable; thread-safe.
 */
final class ReportTextChecks {

    private final TextCheckRows rows;
    private final I18n i18n;

    ReportTextChecks(I18n i18n, ZoneId zone) {
        this.rows = new TextCheckRows(i18n, zone);
        this.i18n = i18n;
    }

    void write(MeetingRecord record, ReportPages pages) throws IOException {
        List<TextCheckRows.Row> used = rows.of(record);
        if (used.isEmpty()) {
            return;
        }
        pages.heading(i18n.get("sources.export.heading"), 16);
        for (TextCheckRows.Row row : used) {
            pages.line(rows.line(row), 10, 12);
        }
    }
}
