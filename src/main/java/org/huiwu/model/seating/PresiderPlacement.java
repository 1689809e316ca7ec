package org.huiwu.model.seating;

/**
 * Where the presider (主持人) of a podium block sits, after domain.md §4.2 ([C30]: front-row centre,
 * front-row end, or by rank; never in a back row). The ends are named as the audience sees the
 * podium. Immutable, thread-safe.
 */
public enum PresiderPlacement {
    /** The presider sits where the precedence puts them (the default); the seat is only marked. */
    BY_RANK,
    /** The front row's centre: the most honoured front-row seat that No.1 does not take. */
    FRONT_CENTRE,
    /** The front row's left end, as seen from the audience. */
    FRONT_END_LEFT,
    /** The front row's right end, as seen from the audience. */
    FRONT_END_RIGHT
}
