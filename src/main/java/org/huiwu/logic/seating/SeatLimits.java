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

    /**
     * Refuses an empty or over-long list of row sizes, or any row outside {@code 1..maxSeats}, with a
     * {@link SeatLimitException} naming the limit, the row and the value.
     */
    static void requireRows(List<Integer> rowSizes, int maxRows, int maxSeats) {
        Objects.requireNonNull(rowSizes, "rowSizes");
        if (rowSizes.isEmpty() || rowSizes.size() > maxRows) {
            throw new SeatLimitException(SeatLimitException.Limit.ROWS, 0, rowSizes.size(), 1, maxRows);
        }
        for (int i = 0; i < rowSizes.size(); i++) {
            int size = Objects.requireNonNull(rowSizes.get(i), "row size");
            if (size < 1 || size > maxSeats) {
                throw new SeatLimitException(SeatLimitException.Limit.SEATS_IN_ROW, i + 1, size, 1, maxSeats);
            }
        }
    }
}
