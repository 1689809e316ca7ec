package org.huiwu.logic.meetings;

import org.huiwu.model.Meeting;

/**
 * A rule another feature sets on saving a meeting, run before the save is written: it throws a
 * {@link RuntimeException} saying why the change is refused. Implementations call the database; call off
 * the FX thread. Thread-safe when the implementation is.
 */
@FunctionalInterface
public interface MeetingCheck {

    /** Accepts every change. */
    MeetingCheck NONE = (before, after) -> { };

    /**
     * Refuses turning {@code before} (null for a new meeting) into {@code after} by throwing.
     */
    void check(Meeting before, Meeting after);
}
