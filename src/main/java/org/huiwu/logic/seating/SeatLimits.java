package org.huiwu.logic.seating;

import java.util.List;
import java.util.Objects;

/**
 * Range checks shared by the seating layouts, so every layout refuses absurd sizes with the same
 * kind of message instead of allocating huge plans. Stateless, thread-safe.
 */
final class SeatLimits {

    private SeatLimits() {
    }

    /** Refuses a count outside {@code min..max} with a message naming {@code what}. */
    static int require(int count, int min, int max, String what) {
        if (count < min || count > max) {
            throw new IllegalArgumentException(
                    what + " must be between " + min + " and " + max + ", was " + count);
        }
        return count;
    }

    /** Refuses an empty or over-long list of row sizes, or any row outside {@code 1..maxSeats}. */
    static void requireRows(List<Integer> rowSizes, int maxRows, int maxSeats) {
        Objects.requireNonNull(rowSizes, "rowSizes");
        require(rowSizes.size(), 1, maxRows, "Number of rows");
        for (int i = 0; i < rowSizes.size(); i++) {
            Integer size = Objects.requireNonNull(rowSizes.get(i), "row size");
            require(size, 1, maxSeats, "Seats in row " + (i + 1));
        }
    }
}
