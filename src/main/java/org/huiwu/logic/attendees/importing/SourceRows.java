package org.huiwu.logic.attendees.importing;

import java.util.ArrayList;
import java.util.List;
import org.huiwu.logic.limits.InputLimits;

/**
 * The non-blank rows of a file as a reader collects them. It refuses the file as soon as it holds more than
 * {@link InputLimits#MAX_ATTENDEE_ROWS} rows below the rows where a header may stand, so an over-long file stops
 * being parsed at that row. Confined to the reading thread.
 */
final class SourceRows {

    private static final int MOST_ROWS = InputLimits.MAX_ATTENDEE_ROWS + ImportVocabulary.HEADER_SEARCH_ROWS;

    private final List<SourceRow> rows = new ArrayList<>();

    /** Keeps the row unless it is blank. */
    void add(SourceRow row) {
        if (row.isBlank()) {
            return;
        }
        if (rows.size() == MOST_ROWS) {
            throw new ImportLimitExceeded(ImportProblemCode.TOO_MANY_ROWS, InputLimits.MAX_ATTENDEE_ROWS);
        }
        rows.add(row);
    }

    List<SourceRow> list() {
        return rows;
    }
}
