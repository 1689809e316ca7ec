package org.huiwu.model.seating;

/** How a long talks table (会谈桌) stands relative to the room's main door. Immutable, thread-safe. */
public enum TableOrientation {
    /** 横桌: one long side faces the door, the other has its back to it (seating.md §5 T1). */
    ACROSS_DOOR,
    /** 竖桌: one end of the table points at the door (seating.md §5 T2). */
    END_ON_TO_DOOR
}
