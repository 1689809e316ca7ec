package org.huiwu.model.rounds;

/** How a seat stands on the round board; the seat map colours it by this. */
public enum SeatServiceState {
    /** In scope, occupied, no first pour yet. */
    NOT_SERVED,
    /** Poured, the interval still running. */
    SERVED,
    /** Within the plan's due-soon minutes of the interval. */
    DUE_SOON,
    /** Past the interval. */
    OVERDUE,
    /** Declined (婉拒): no timer until undone. */
    DECLINED,
    /** The person is speaking: do not disturb, the timer is paused. */
    DO_NOT_DISTURB,
    /** Nobody there: the seat is empty or its person is absent. */
    ABSENT,
    /** The plan does not serve this seat. */
    NOT_IN_SCOPE
}
