package org.huiwu.model.seating;

import java.util.List;
import java.util.Objects;
import org.huiwu.model.Side;

/**
 * One long side of a talks table: where it is, which party sits there, and the ranks of its seats
 * read left to right as the people seated on that side see it (their own viewpoint).
 * Immutable, thread-safe.
 */
public record TableSide(TablePosition position, Side party, List<Integer> ranks) {

    public TableSide {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(party, "party");
        ranks = List.copyOf(ranks);
    }
}
