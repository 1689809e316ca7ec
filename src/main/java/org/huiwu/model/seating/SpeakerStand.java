package org.huiwu.model.seating;

/**
 * The speaker's stand (发言席) of a podium block: a lectern drawn on the plan, never a seat that
 * auto-assign fills. Positions after domain.md §4.2 ([C30]); "right" is as the audience sees the
 * podium. Immutable, thread-safe.
 */
public enum SpeakerStand {
    /** No speaker's stand (the default). */
    NONE,
    /** Directly in front of the presidium, on the centre line. */
    FRONT_CENTRE,
    /** At the front right of the podium, as seen from the audience. */
    FRONT_RIGHT
}
