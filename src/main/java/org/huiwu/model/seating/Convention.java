package org.huiwu.model.seating;

/**
 * Which hand of the honoured person ranks higher when two seats are equally near the centre.
 * "Left" and "right" always mean the seated person's own hands, never the onlooker's.
 * Immutable, thread-safe.
 */
public enum Convention {
    /** 以左为尊: Chinese government practice, the default. No.2 sits at No.1's left hand. */
    GOVERNMENT,
    /** 以右为尊: international and foreign-affairs practice (seating.md variant V5, the mirror image). */
    FOREIGN_AFFAIRS;

    /** Whether the seated person's own left hand is the honoured side. */
    public boolean leftHonoured() {
        return this == GOVERNMENT;
    }
}
