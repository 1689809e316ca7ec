package org.huiwu.logic.attendees.importing;

import java.util.List;

/**
 * An imported file read into rows of display text, before any column mapping. Fully blank rows are
 * already left out; row numbers still match the file. For CSV, {@code encoding} and {@code delimiter}
 * say what was detected and {@code sheetNames} is empty; for workbooks, {@code sheetNames} lists every
 * sheet, {@code sheetName} is the one read, and encoding and delimiter are "". Immutable; safe to share.
 */
public record SourceTable(
        SourceFormat format,
        List<String> sheetNames,
        String sheetName,
        String encoding,
        String delimiter,
        List<SourceRow> rows) {

    public SourceTable {
        sheetNames = List.copyOf(sheetNames);
        rows = List.copyOf(rows);
    }

    /** The widest row's cell count, i.e. how many columns the mapping can address. */
    public int columnCount() {
        return rows.stream().mapToInt(row -> row.cells().size()).max().orElse(0);
    }
}
