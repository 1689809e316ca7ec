package org.huiwu.model.seating;

/**
 * How ranks run across the rows of a multi-row podium. No source prints a second-row numbering
 * (seating.md §4), so the user chooses; {@link #CONTINUOUS} is the digest's suggested default.
 * Immutable, thread-safe.
 */
public enum RowNumbering {
    /** Row 1 (front) takes ranks 1..k, row 2 continues with k+1.., and so on. */
    CONTINUOUS,
    /** Every row is numbered on its own from rank 1 (ranks then repeat across rows). */
    RESTART_EACH_ROW
}
