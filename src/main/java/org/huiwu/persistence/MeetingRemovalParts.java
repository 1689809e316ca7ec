package org.huiwu.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.model.feedback.Complaint;
import org.huiwu.model.incidents.Attachment;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.staff.Staffing;

/**
 * The parts of a meeting a deletion queued during an outage checks besides its details, attendees, incidents and
 * marks (decision 0046): its seat plan with who sits where, its staffing, its complaints and its incidents' attached
 * files, each as a fingerprint of what this laptop showed (its queued records laid over). A part this laptop never
 * read counts as seen empty with its own queued records laid over, so the deletion is refused when the server holds
 * any of it this laptop did not make (the attendant never saw it). The fingerprints are the same on the laptop and when sent. Stateless and thread-safe.
 */
public final class MeetingRemovalParts {

    public static final String SEATING = "seating";
    public static final String STAFFING = "staffing";
    public static final String COMPLAINTS = "complaints";
    public static final String FILES = "files";

    private MeetingRemovalParts() {
    }

    /** Adds what this laptop shows of the meeting's added parts to {@code seen} (never read: seen empty). */
    @SuppressWarnings("unchecked")
    static void seen(Map<String, String> seen, UUID meetingId, QueuedWholeMeetings.Shown shown) {
        Optional<SeatPlan> plan = (Optional<SeatPlan>) shown.readOrNone(SeatPlanDao.class, "findByMeeting", meetingId,
                Optional.empty());
        seen.put(SEATING, seating(plan, plan.map(p -> (SeatAssignments) shown.readOrNone(SeatPlanDao.class,
                "assignments", p.id(), SeatAssignments.none())).orElse(SeatAssignments.none())));
        seen.put(STAFFING, staffing(QueuedWholeMeetings.listOf(
                shown.readOrNone(StaffingDao.class, "ofMeeting", meetingId, List.of()))));
        seen.put(COMPLAINTS, complaints(QueuedWholeMeetings.listOf(
                shown.readOrNone(ComplaintDao.class, "ofMeeting", meetingId, List.of()))));
        List<Attachment> files = new ArrayList<>();
        for (Incident incident : QueuedWholeMeetings.<Incident>listOf(
                shown.readOrNone(IncidentDao.class, "listByMeeting", meetingId, List.of()))) {
            files.addAll(QueuedWholeMeetings.listOf(shown.read(AttachmentDao.class, "ofIncident", incident.id())));
        }
        seen.put(FILES, files(files));
    }

    /** The fingerprint of a meeting's seat plan (its layout, not the viewpoint) and who sits where, or of none. */
    public static String seating(Optional<SeatPlan> plan, SeatAssignments assignments) {
        if (plan.isEmpty()) {
            return QueuedWholeMeetings.digest(List.of());
        }
        SeatPlan p = plan.get();
        List<String> parts = new ArrayList<>(List.of("plan:" + p.id() + ":" + p.convention() + ":"
                + p.variants().stream().map(Enum::name).sorted().toList() + ":" + p.rowNumbering() + ":"
                + p.audienceFill() + ":" + p.door() + ":" + RecordJson.write(p.blocks())));
        assignments.occupantBySeat().forEach((seat, who) -> parts.add("seat:" + seat + "=" + who));
        assignments.lockedSeats().forEach(seat -> parts.add("locked:" + seat));
        return QueuedWholeMeetings.digest(parts);
    }

    /** The fingerprint of a meeting's staffing: every field of each line, in any order. */
    public static String staffing(List<Staffing> lines) {
        return QueuedWholeMeetings.digest(lines.stream().map(RecordJson::write).toList());
    }

    /** The fingerprint of a meeting's complaints: each one's id and version, in any order. */
    public static String complaints(List<Complaint> complaints) {
        return QueuedWholeMeetings.digest(complaints.stream().map(c -> c.id() + ":" + c.version()).toList());
    }

    /** The fingerprint of the files attached to a meeting's incidents: their ids and content hashes, in any order. */
    public static String files(List<Attachment> files) {
        return QueuedWholeMeetings.digest(files.stream().map(f -> f.id() + ":" + f.sha256()).toList());
    }
}
