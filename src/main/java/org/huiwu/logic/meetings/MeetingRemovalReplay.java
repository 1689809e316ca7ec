package org.huiwu.logic.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.huiwu.logic.live.Replay;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.IncidentDao;
import org.huiwu.persistence.MeetingChecklistDao;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.QueuedWholeMeetings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a meeting deleted during an outage (decision 0043): deleted only while the server holds the meeting as this
 * laptop showed it when it was deleted — its details and agenda, its attendees, its incidents (each one's version)
 * and its checklist marks, each compared by fingerprint where this laptop had read it. The records this laptop
 * queued before the deletion are sent before it, so they count as seen. When another laptop changed any of these
 * meanwhile the deletion is refused (deleting someone else's fresh work silently is wrong): nothing is deleted, the
 * parts that changed are logged and the refusal is counted for the status line; the meeting shows again on this
 * laptop. A meeting gone already (deleted elsewhere, or sent before) is logged. Stateless; call off the FX thread.
 */
public final class MeetingRemovalReplay implements Replay {

    private static final Logger LOG = LoggerFactory.getLogger(MeetingRemovalReplay.class);

    private final MeetingDao meetings;
    private final AttendeeDao attendees;
    private final IncidentDao incidents;
    private final MeetingChecklistDao checklists;

    public MeetingRemovalReplay(MeetingDao meetings, AttendeeDao attendees, IncidentDao incidents,
            MeetingChecklistDao checklists) {
        this.meetings = meetings;
        this.attendees = attendees;
        this.incidents = incidents;
        this.checklists = checklists;
    }

    @Override
    public boolean replay(String body) {
        QueuedWholeMeetings.Removal removal = QueuedWholeMeetings.removal(body);
        var id = removal.meetingId();
        var stored = meetings.find(id);
        if (stored.isEmpty()) {
            LOG.info("Queued deletion of meeting {}: already gone", id);
            return false;
        }
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> seen : removal.seen().entrySet()) {
            String now = switch (seen.getKey()) {
                case QueuedWholeMeetings.MEETING -> QueuedWholeMeetings.meeting(stored.get());
                case QueuedWholeMeetings.ATTENDEES -> QueuedWholeMeetings.attendees(attendees.listByMeeting(id));
                case QueuedWholeMeetings.INCIDENTS -> QueuedWholeMeetings.incidents(incidents.listByMeeting(id));
                default -> QueuedWholeMeetings.marks(checklists.marks(id));
            };
            if (!now.equals(seen.getValue())) {
                changed.add(seen.getKey());
            }
        }
        if (!changed.isEmpty()) {
            LOG.warn("Queued deletion of meeting {} ({}) refused: another laptop changed its {} after this laptop last"
                    + " read it; the meeting is kept", id, stored.get().title(), changed);
            return true;
        }
        meetings.delete(id);
        return false;
    }
}
