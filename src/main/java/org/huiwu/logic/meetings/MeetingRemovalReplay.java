package org.huiwu.logic.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.huiwu.logic.live.Replay;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.IncidentDao;
import org.huiwu.persistence.MeetingChecklistDao;
import org.huiwu.persistence.AttachmentDao;
import org.huiwu.persistence.ComplaintDao;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.MeetingRemovalParts;
import org.huiwu.persistence.QueuedWholeMeetings;
import org.huiwu.persistence.SeatPlanDao;
import org.huiwu.persistence.StaffingDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a meeting deleted during an outage (decision 0043): deleted only while the server holds the meeting as this
 * laptop showed it when it was deleted — its details and agenda, its attendees, its incidents (each one's version)
 * and its checklist marks, each compared by fingerprint where this laptop had read it; since decision 0046 also its
 * seat plan with who sits where, its staffing, its complaints and its incidents' attached files, a part never read
 * counting as seen empty ({@link MeetingRemovalParts}). The records this laptop
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
    private final Parts parts;

    /** The server's DAOs of the parts decision 0046 added to the check. */
    public record Parts(SeatPlanDao seating, StaffingDao staffing, ComplaintDao complaints, AttachmentDao files) {
    }

    public MeetingRemovalReplay(MeetingDao meetings, AttendeeDao attendees, IncidentDao incidents,
            MeetingChecklistDao checklists, Parts parts) {
        this.meetings = meetings;
        this.attendees = attendees;
        this.incidents = incidents;
        this.checklists = checklists;
        this.parts = parts;
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
                case QueuedWholeMeetings.MARKS -> QueuedWholeMeetings.marks(checklists.marks(id));
                default -> added(seen.getKey(), id);
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

    /** The fingerprint of a part decision 0046 added, as the server holds it now. */
    private String added(String part, java.util.UUID id) {
        return switch (part) {
            case MeetingRemovalParts.SEATING -> {
                var plan = parts.seating().findByMeeting(id);
                yield MeetingRemovalParts.seating(plan, plan.map(p -> parts.seating().assignments(p.id()))
                        .orElse(org.huiwu.model.seating.SeatAssignments.none()));
            }
            case MeetingRemovalParts.STAFFING -> MeetingRemovalParts.staffing(parts.staffing().ofMeeting(id));
            case MeetingRemovalParts.COMPLAINTS -> MeetingRemovalParts.complaints(parts.complaints().ofMeeting(id));
            default -> MeetingRemovalParts.files(incidents.listByMeeting(id).stream()
                    .flatMap(i -> parts.files().ofIncident(i.id()).stream()).toList());
        };
    }
}
