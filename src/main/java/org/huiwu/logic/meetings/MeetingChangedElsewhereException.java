package org.huiwu.logic.meetings;

/**
 * An edit of a meeting's details was refused because another laptop stored the meeting since the editor read it
 * (decision 0031); carries the meeting as stored now, so the editor can be shown both and choose. Nothing was
 * written.
 */
public final class MeetingChangedElsewhereException extends RuntimeException {

    private final transient MeetingEdit stored;

    public MeetingChangedElsewhereException(MeetingEdit stored) {
        super("meeting changed meanwhile: " + stored.meeting().id());
        this.stored = stored;
    }

    /** The meeting as the other laptop stored it, with its version. */
    public MeetingEdit stored() {
        return stored;
    }
}
