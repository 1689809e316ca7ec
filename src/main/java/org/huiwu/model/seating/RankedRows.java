package org.huiwu.model.seating;

import java.util.List;
import java.util.Objects;

/**
 * Precedence ranks (1 = most senior) of a block of seats: one list per row, front row first, each
 * read left to right from {@link #viewpoint()}. Immutable, thread-safe.
 */
public record RankedRows(Viewpoint viewpoint, List<List<Integer>> rows) {

    public RankedRows {
        Objects.requireNonNull(viewpoint, "viewpoint");
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The ranks of one row (0 = front), left to right from the viewpoint. */
    public List<Integer> row(int index) {
        return rows.get(index);
    }

    /** How many seats all rows hold together. */
    public int seatCount() {
        return rows.stream().mapToInt(List::size).sum();
    }
}
