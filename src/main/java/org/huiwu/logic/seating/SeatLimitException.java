package org.huiwu.logic.seating;

/**
 * A layout's row sizes were refused: which limit was broken, in which row (1-based; 0 when the limit is the
 * number of rows), the value given and the range allowed, so that the command line and the window can word it
 * in the user's language. The English message is for logs. Immutable, thread-safe.
 */
public final class SeatLimitException extends IllegalArgumentException {

    /** The limit a size broke. */
    public enum Limit {
        /** The number of rows in a block. */
        ROWS,
        /** The number of seats in one row. */
        SEATS_IN_ROW
    }

    private final Limit limit;
    private final int row;
    private final int value;
    private final int lowest;
    private final int highest;

    SeatLimitException(Limit limit, int row, int value, int lowest, int highest) {
        super((limit == Limit.ROWS ? "Number of rows" : "Seats in row " + row)
                + " must be between " + lowest + " and " + highest + ", was " + value);
        this.limit = limit;
        this.row = row;
        this.value = value;
        this.lowest = lowest;
        this.highest = highest;
    }

    public Limit limit() {
        return limit;
    }

    /** The row refused, counted from 1 at the front; 0 when the number of rows was refused. */
    public int row() {
        return row;
    }

    public int value() {
        return value;
    }

    public int lowest() {
        return lowest;
    }

    public int highest() {
        return highest;
    }
}
