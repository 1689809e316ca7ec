package org.huiwu.logic.attendees;

import java.util.Optional;

import org.huiwu.logic.live.FieldMerge;
import org.huiwu.logic.live.Replay;
import org.huiwu.model.Attendee;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.QueuedEdits;
import org.huiwu.persistence.Versioned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an attendee edit made during an outage (decision 0038): merged field by field with what the server holds
 * now, as the live conflict path merges ({@link FieldMerge}) — a field only this laptop changed takes its value, a
 * field only another laptop changed keeps theirs, and a field both changed differently keeps the other laptop's
 * value (nobody can be asked at replay time), which is logged and counted for the status line. Written at the
 * version just read; an edit already stored (its commit arrived, the answer did not) changes nothing. Stateless;
 * call off the FX thread.
 */
public final class AttendeeEditReplay implements Replay {

    private static final Logger LOG = LoggerFactory.getLogger(AttendeeEditReplay.class);

    private final AttendeeDao attendees;

    public AttendeeEditReplay(AttendeeDao attendees) {
        this.attendees = attendees;
    }

    @Override
    public boolean replay(String body) {
        QueuedEdits.AttendeeEdit edit = QueuedEdits.attendeeEdit(body);
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Versioned<Attendee>> stored = attendees.findVersioned(edit.mine().id());
            if (stored.isEmpty()) {
                LOG.warn("Queued edit of attendee {} dropped: the attendee was removed meanwhile", edit.mine().id());
                return false;
            }
            FieldMerge<Attendee> merge = new FieldMerge<>(edit.base(), edit.mine(), stored.get().record(),
                    AttendeeEdit.FIELDS);
            boolean clashed = !merge.clashes().isEmpty();
            if (clashed) {
                LOG.warn("Queued edit of attendee {}: {} changed on another laptop meanwhile; theirs is kept",
                        edit.mine().id(), merge.clashes().stream().map(FieldMerge.Field::labelKey).toList());
            }
            Attendee written = merge.resolved(false);
            if (written.equals(stored.get().record())
                    || attendees.saveAtVersion(written, stored.get().version(), edit.at())) {
                return clashed;
            }
        }
        throw new org.huiwu.persistence.ConcurrentChangeException(edit.mine().id());
    }
}
