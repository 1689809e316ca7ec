package org.huiwu.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.huiwu.model.Attendee;
import org.huiwu.model.Meeting;
import org.huiwu.model.checklists.ItemMark;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.live.QueuedRecord;

/**
 * A whole meeting copied or deleted during an outage (decision 0043): the queued form of
 * {@link MeetingDao#createCopy} (the copy as made, its source's id) and of {@link MeetingDao#delete} (the meeting's
 * id and what this laptop showed of it when it was deleted: the meeting, its attendees, its incidents and its
 * checklist marks, each as a fingerprint, absent when never read; since decision 0046 also its seat plan, staffing,
 * complaints and files, {@link MeetingRemovalParts}). Lays them over the meeting reads: a copy is
 * listed and found like a meeting made here ({@link QueuedNewRecords}), its attendees are the source's as shown,
 * copied as {@link MeetingDao#createCopy} copies them; a deleted meeting is left out of the list and not found. The
 * fingerprints are the same on the laptop and when sent, so the replay can tell whether another laptop changed the
 * meeting or its records since. Stateless and thread-safe.
 */
public final class QueuedWholeMeetings {

    /** A copy as queued: the copy as made, the meeting it was copied from, when. */
    public record MeetingCopy(Meeting copy, UUID sourceId, Instant at) {
    }

    /** A deletion as queued: the meeting, what this laptop showed of it (by part, absent when never read), when. */
    public record Removal(UUID meetingId, Map<String, String> seen, Instant at) {
    }

    /** What a laptop shows for a read it made before (with its queued records laid over it), or null. */
    @FunctionalInterface
    interface Shown {
        Object read(Class<?> dao, String method, UUID id);

        /** What this laptop shows for the read, {@code none} with its queued records laid over when never read. */
        default Object readOrNone(Class<?> dao, String method, UUID id, Object none) {
            Object read = read(dao, method, id);
            return read != null ? read : none;
        }
    }

    public static final String MEETING = "meeting";
    public static final String ATTENDEES = "attendees";
    public static final String INCIDENTS = "incidents";
    public static final String MARKS = "marks";

    private QueuedWholeMeetings() {
    }

    public static MeetingCopy copy(String body) {
        return RecordJson.read(body, MeetingCopy.class);
    }

    public static Removal removal(String body) {
        return RecordJson.read(body, Removal.class);
    }

    /** The queued form of a copy or a deletion, or null for another call. */
    static QueuedWrites.Queued queueable(Class<?> owner, String name, Object[] args, Shown shown) {
        if (owner == MeetingDao.class && name.equals("createCopy")) {
            Meeting copy = (Meeting) args[0];
            Instant at = (Instant) args[2];
            return new QueuedWrites.Queued(QueuedRecord.KIND_MEETING_COPY, copy.id(), copy.id(),
                    RecordJson.write(new MeetingCopy(copy, (UUID) args[1], at)), at, true);
        }
        if (owner == MeetingDao.class && name.equals("delete")) {
            UUID id = (UUID) args[0];
            Map<String, String> seen = new LinkedHashMap<>();
            Object meeting = shown.read(MeetingDao.class, "find", id);
            if (meeting instanceof Optional<?> found && found.isPresent()) {
                seen.put(MEETING, meeting((Meeting) found.get()));
            }
            put(seen, ATTENDEES, shown.read(AttendeeDao.class, "listByMeeting", id));
            put(seen, INCIDENTS, shown.read(IncidentDao.class, "listByMeeting", id));
            put(seen, MARKS, shown.read(MeetingChecklistDao.class, "marks", id));
            MeetingRemovalParts.seen(seen, id, shown);
            Instant at = Instant.now();
            return new QueuedWrites.Queued(QueuedRecord.KIND_MEETING_REMOVED, UUID.randomUUID(), id,
                    RecordJson.write(new Removal(id, seen, at)), at, 1);
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, String> seen, String part, Object list) {
        if (list instanceof List<?> records) {
            seen.put(part, switch (part) {
                case ATTENDEES -> attendees((List<Attendee>) records);
                case INCIDENTS -> incidents((List<Incident>) records);
                default -> marks((List<ItemMark>) records);
            });
        }
    }

    /** The attendees a copy queued here shows: its source's as shown, copied, or null when never read. */
    @SuppressWarnings("unchecked")
    static List<Attendee> copiedAttendees(QueuedWrites.Queued queued, Shown shown) {
        if (!queued.kind().equals(QueuedRecord.KIND_MEETING_COPY)) {
            return null;
        }
        MeetingCopy copy = copy(queued.body());
        Object source = shown.read(AttendeeDao.class, "listByMeeting", copy.sourceId());
        return source == null ? null : ((List<Attendee>) source).stream()
                .map(a -> copiedAttendee(a, copy.copy().id())).toList();
    }

    /** The attendee {@code source} as copied into the meeting {@code copyId}: derived id, check-in reset. */
    static Attendee copiedAttendee(Attendee source, UUID copyId) {
        return source.inMeeting(copiedAttendeeId(copyId, source.id()), copyId)
                .withCheckIn(org.huiwu.model.CheckInStatus.EXPECTED);
    }

    /** The id of the source attendee {@code sourceAttendee} in the copy {@code copyId} (the same on every laptop). */
    static UUID copiedAttendeeId(UUID copyId, UUID sourceAttendee) {
        return UUID.nameUUIDFromBytes((copyId + "/" + sourceAttendee).getBytes(StandardCharsets.UTF_8));
    }

    /** The meetings copied here that wait, by id. */
    static Map<UUID, Meeting> copies(LocalOutbox outbox) {
        return outbox.waiting(QueuedRecord.KIND_MEETING_COPY).stream().map(r -> copy(r.body()).copy())
                .collect(Collectors.toMap(Meeting::id, m -> m, (a, b) -> a, LinkedHashMap::new));
    }

    /** A meeting read with the queued deletions laid over it: left out of the list, not found. */
    @SuppressWarnings("unchecked")
    static Object apply(String name, Object[] args, Object answer, LocalOutbox outbox) {
        Set<UUID> removed = outbox.waiting(QueuedRecord.KIND_MEETING_REMOVED).stream()
                .map(r -> removal(r.body()).meetingId()).collect(Collectors.toSet());
        if (removed.isEmpty()) {
            return answer;
        }
        if (name.equals("list")) {
            return ((List<Meeting>) answer).stream().filter(m -> !removed.contains(m.id())).toList();
        }
        return removed.contains(args[0]) ? Optional.empty() : answer;
    }

    /** The fingerprint of a meeting's details and agenda. */
    public static String meeting(Meeting meeting) {
        return digest(List.of(RecordJson.write(meeting)));
    }

    /** The fingerprint of a meeting's attendees, every field of each, in any order. */
    public static String attendees(List<Attendee> attendees) {
        return digest(attendees.stream().map(RecordJson::write).toList());
    }

    /** The fingerprint of a meeting's incidents: each one's id, version and void, in any order. */
    public static String incidents(List<Incident> incidents) {
        return digest(incidents.stream().map(i -> i.id() + ":" + i.version() + ":" + i.voided()).toList());
    }

    /** The fingerprint of a meeting's checklist marks: their ids, in any order. */
    public static String marks(List<ItemMark> marks) {
        return digest(marks.stream().map(m -> m.id().toString()).toList());
    }

    /** A list read as shown, empty when never read. */
    @SuppressWarnings("unchecked")
    static <T> List<T> listOf(Object read) {
        return read instanceof List<?> list ? (List<T>) list : List.of();
    }

    static String digest(List<String> parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            parts.stream().sorted().forEach(p -> sha.update((p + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
