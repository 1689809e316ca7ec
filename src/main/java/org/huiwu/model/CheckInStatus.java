package org.huiwu.model;

/** Arrival state of an attendee (签到). */
public enum CheckInStatus {
    EXPECTED,
    ARRIVED,
    LATE,
    ABSENT
}
