package org.huiwu.model.seating;

/**
 * Where one long side of a talks table is, named from the door. Immutable, thread-safe.
 */
public enum TablePosition {
    /** The side whose occupants face the door (table across the door). */
    FACING_DOOR,
    /** The side whose occupants sit with their backs to the door (table across the door). */
    BACK_TO_DOOR,
    /** The long side on the right as someone entering the door sees it (table end-on). */
    RIGHT_FROM_DOOR,
    /** The long side on the left as someone entering the door sees it (table end-on). */
    LEFT_FROM_DOOR
}
