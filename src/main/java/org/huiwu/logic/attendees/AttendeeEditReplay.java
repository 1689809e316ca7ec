package org.huiwu.logic.attendees;

import org.huiwu.logic.live.FieldMerge;
import org.huiwu.logic.live.MergedReplay;
import org.huiwu.logic.live.Replay;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.QueuedEdits;

/**
 * Sends an attendee edit made during an outage (decision 0038): merged field by field with what the server holds
 * now, as the live conflict path merges ({@link FieldMerge}) — a field only this laptop changed takes its value, a
 * field only another laptop changed keeps theirs, and a field both changed differently keeps the other laptop's
 * value (nobody can be asked at replay time), which is logged and counted for the status line. Written at the
 * version just read; an edit already stored (its commit arrived, the answer did not) changes nothing. Stateless;
 * call off the FX thread.
 */
public final class AttendeeEditReplay implements Replay {


    private final AttendeeDao attendees;

    public AttendeeEditReplay(AttendeeDao attendees) {
        this.attendees = attendees;
    }

    @Override
    public boolean replay(String body) {
        QueuedEdits.AttendeeEdit edit = QueuedEdits.attendeeEdit(body);
        return MergedReplay.replay("attendee", edit.mine().id(), edit.base(), edit.mine(), AttendeeEdit.FIELDS,
                () -> attendees.findVersioned(edit.mine().id()),
                (written, version) -> attendees.saveAtVersion(written, version, edit.at()));
    }
}
