package org.huiwu.model.rounds;

/** What happened at a seat. */
public enum ServiceEventKind {
    /** The first cup of the meeting (首杯). */
    FIRST_POUR,
    /** A refill (续水). */
    REFILL,
    /** The person declined more tea (婉拒): the seat's timer stops until undone. */
    DECLINED,
    /** A decline taken back: the seat's timer runs again. */
    DECLINE_UNDONE,
    /** The attendant passed the seat by, with a reason. */
    SKIPPED,
    /** A towel was served (毛巾). */
    TOWEL,
    /** A spill was wiped up. */
    SPILL_CLEANED,
    /** Anything else worth a line in the log. */
    OTHER,
    /** The seat was due and not served when its round closed, written by the app. */
    MISSED,
    /**
     * A correction: the seat's latest pour before it (not already taken back) was recorded by mistake (a
     * stray tap). The log stays append-only; the pour is kept and this event takes it back.
     */
    POUR_UNDONE;

    /** Whether the event puts tea in the cup (a first pour or a refill). */
    public boolean isPour() {
        return this == FIRST_POUR || this == REFILL;
    }
}
