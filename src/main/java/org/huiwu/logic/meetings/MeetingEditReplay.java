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
 * read (three attempts); an edit already stored changes nothing; a meeting removed meanwhile drops it. An edit the
 * other features' rule refuses when sent (made 涉密 or a 涉密 meeting moved to another day while someone staffed on
 * it has no valid pledge) is kept out whole, logged and counted (decision 0040). Stateless;
 * call off the FX thread.
 */
public final class MeetingEditReplay implements Replay {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MeetingEditReplay.class);

    private final MeetingDao meetings;
    private final MeetingCheck check;

    public MeetingEditReplay(MeetingDao meetings) {
        this(meetings, MeetingCheck.NONE);
    }

    /** @param check the other features' rule, checked again as the edit is sent (decision 0040) */
    public MeetingEditReplay(MeetingDao meetings, MeetingCheck check) {
        this.meetings = meetings;
        this.check = check;
    }

    @Override
    public boolean replay(String body) {
        QueuedMeetingEdits.MeetingEdit edit = QueuedMeetingEdits.edit(body);
        if (refused(check, edit.base(), edit.mine())) {
            return true;
        }
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

    /**
     * Whether {@code check} refuses turning {@code before} into {@code after} now, against what the server holds
     * (a 涉密 change whose staff have no valid pledge): then the queued record is kept out and logged (decision 0040).
     */
    static boolean refused(MeetingCheck check, org.huiwu.model.Meeting before, org.huiwu.model.Meeting after) {
        try {
            check.check(before, after);
            return false;
        } catch (RuntimeException e) {
            if (org.huiwu.persistence.OfflineDaos.unreachable(e)) {
                throw e;
            }
            LOG.warn("Queued save of meeting {} kept out: refused when sent ({})", after.id(), e.getMessage());
            return true;
        }
    }
}
