package org.huiwu.logic.export;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.huiwu.i18n.I18n;

/**
 * The service staff sections of the service report: the same four logs as the spreadsheet (服务人员,
 * 保密承诺, 质量考核, 人员安排), each row as one line, headed by its columns. Nothing when the meeting has no
 * staff. Immutable; confined to the report's thread.
 */
final class ReportStaff {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final I18n i18n;
    private final StaffLogs logs;

    ReportStaff(I18n i18n, java.time.ZoneId zone) {
        this.i18n = i18n;
        this.logs = new StaffLogs(i18n, zone);
    }

    void write(MeetingRecord record, ReportPages pages) throws IOException {
        List<LogTable> tables = logs.of(record);
        if (tables.isEmpty()) {
            return;
        }
        pages.newPage();
        for (LogTable table : tables) {
            pages.heading(table.title(), 16);
            pages.line(table.columns().stream().map(LogTable.LogColumn::header).collect(Collectors.joining(" · ")),
                    9, 12);
            for (List<Object> row : table.rows()) {
                pages.line(row.stream().filter(Objects::nonNull).map(this::text).filter(t -> !t.isEmpty())
                        .collect(Collectors.joining("  ")), 10, 12);
            }
            pages.gap(8);
        }
    }

    private String text(Object value) {
        if (value instanceof LocalDate day) {
            return i18n.date(day);
        }
        if (value instanceof LocalDateTime time) {
            return TIME.format(time);
        }
        return value.toString();
    }
}
