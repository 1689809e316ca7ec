package org.huiwu.logic.export;

import java.util.List;

/**
 * One log of a meeting laid out as a table for a spreadsheet: the sheet's name, its columns and its rows
 * (values are {@link String}, {@link Number}, {@link java.time.LocalDateTime}, {@link java.time.LocalDate}
 * or null). Immutable; thread-safe.
 *
 * @param fileKey a short ASCII name used in file names
 */
public record LogTable(String fileKey, String title, List<LogColumn> columns, List<List<Object>> rows) {

    /** One column: its header text and the width in characters it is shown with. */
    public record LogColumn(String header, int width) {
    }
}
