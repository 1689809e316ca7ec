package org.huiwu.model.seating;

/**
 * In which order ranks fill the audience seats (群众席), after seating.md S15. Immutable, thread-safe.
 */
public enum AudienceFill {
    /** Front row first, each row centre outward by the convention (the default). */
    ROWS_FRONT_TO_BACK,
    /** Columns from left to right as seen facing the podium, each column front to back. */
    COLUMNS_LEFT_TO_RIGHT
}
