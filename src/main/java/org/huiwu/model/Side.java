package org.huiwu.model;

/** Which party an attendee belongs to at talks and receptions (主方 / 客方); NONE for ordinary meetings. */
public enum Side {
    NONE,
    HOST,
    GUEST
}
