package org.huiwu.logic.meetings;

import org.huiwu.logic.live.Replay;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.QueuedNewRecords;

/**
 * Sends a meeting made on this laptop during an outage (decision 0040): stored as first saved, with the id made
 * here, unless the server has it already (its commit arrived, the answer did not); the edits queued behind it are
 * sent after it. The other features' rule ({@link MeetingCheck}, the pledge rule of 涉密) is checked again against
 * the server; a meeting it refuses is kept out, logged and counted like a clash. Stateless; call off the FX thread.
 */
public final class MeetingCreateReplay implements Replay {

    private final MeetingDao meetings;
    private final MeetingCheck check;

    public MeetingCreateReplay(MeetingDao meetings, MeetingCheck check) {
        this.meetings = meetings;
        this.check = check;
    }

    @Override
    public boolean replay(String body) {
        QueuedNewRecords.NewMeeting made = QueuedNewRecords.meeting(body);
        if (meetings.find(made.meeting().id()).isPresent()) {
            return false;
        }
        if (MeetingEditReplay.refused(check, null, made.meeting())) {
            return true;
        }
        meetings.create(made.meeting(), made.at());
        return false;
    }
}
