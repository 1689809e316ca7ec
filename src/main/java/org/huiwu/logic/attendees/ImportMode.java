package org.huiwu.logic.attendees;

/** Whether an imported list is added to the meeting's attendees or replaces them. Immutable. */
public enum ImportMode {
    /** The file's attendees join those already in the meeting. */
    ADD,
    /** The meeting's attendees are removed and the file's take their place, in one transaction. */
    REPLACE
}
