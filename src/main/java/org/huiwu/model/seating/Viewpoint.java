package org.huiwu.model.seating;

/**
 * From where a line of seats is read left to right. Every printed plan must state its viewpoint
 * (domain.md §4.1), because the two readings are exact mirror images. Immutable, thread-safe.
 */
public enum Viewpoint {
    /** 从台下看: facing the seated principals, as the hall (or someone entering the door) sees them. */
    AUDIENCE,
    /** 从台上看: as the seated principals themselves see it, facing the hall. */
    PODIUM
}
