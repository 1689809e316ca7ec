package org.huiwu.model;

/** What an attendee is at the meeting: leader on the podium, delegate, non-voting attendee, staff or guest. */
public enum AttendeeRole {
    LEADER,
    DELEGATE,
    OBSERVER,
    STAFF,
    GUEST,
    /** 翻译: sits in the interpreter seats of talks and receptions, never in another seat by rule. */
    INTERPRETER
}
