package org.huiwu.logic.attendees.importing;

import java.util.List;

/**
 * One non-blank row of an imported file, with its cells as display text. {@code rowNumber} is the
 * 1-based row the user sees in Excel (the header row counts). Immutable; safe to share between threads.
 */
public record SourceRow(int rowNumber, List<String> cells) {

    public SourceRow {
        if (rowNumber < 1) {
            throw new IllegalArgumentException("rowNumber must be 1 or more: " + rowNumber);
        }
        cells = List.copyOf(cells);
    }

    /** The cell text at a 0-based column, or "" when the row is shorter. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    /** True when every cell is empty or whitespace. */
    public boolean isBlank() {
        return cells.stream().allMatch(cell -> CellText.clean(cell).isEmpty());
    }
}
