package org.huiwu.logic.meetings;

import org.huiwu.logic.live.FieldMerge;
import org.huiwu.logic.live.MergedReplay;
import org.huiwu.logic.live.Replay;
import org.huiwu.persistence.ConcurrentChangeException;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.QueuedMeetingEdits;
import org.huiwu.persistence.Versioned;

/**
 * Sends a meeting's details edited during an outage (decision 0038, amended): merged field by field with what the
 * server holds now ({@link FieldMerge} over {@link MeetingMerge#FIELDS}, as attendee edits are) — a field only this
 * laptop changed takes its value, a field only another laptop changed keeps theirs, and a field both changed
 * differently keeps the other laptop's, which is logged and counted for the status line. Written at the version just
 * read (three attempts); an edit already stored changes nothing; a meeting removed meanwhile drops it. Stateless;
 * call off the FX thread.
 */
public final class MeetingEditReplay implements Replay {


    private final MeetingDao meetings;

    public MeetingEditReplay(MeetingDao meetings) {
        this.meetings = meetings;
    }

    @Override
    public boolean replay(String body) {
        QueuedMeetingEdits.MeetingEdit edit = QueuedMeetingEdits.edit(body);
        return MergedReplay.replay("meeting", edit.mine().id(), edit.base(), edit.mine(), MeetingMerge.FIELDS,
                () -> meetings.findVersioned(edit.mine().id()).map(e -> new Versioned<>(e.getKey(), e.getValue())),
                (written, version) -> {
                    try {
                        meetings.saveAtVersion(written, version, edit.at());
                        return true;
                    } catch (ConcurrentChangeException again) {
                        return false;
                    }
                });
    }
}
