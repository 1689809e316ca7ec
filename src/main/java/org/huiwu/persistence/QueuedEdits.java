package org.huiwu.persistence;

import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Side;
import org.huiwu.model.seating.SeatAssignments;

/**
 * The outbox's text form of the version-checked edits it queues (decision 0038): an attendee edited over the values
 * the attendant saw, and a seat-plan step over the seats as read. A step keeps only the seats it changes (their
 * cells before and after), so an auto-assign of a 3,000-seat hall stays one record. Also lays such an edit over a
 * read's answer (what the overlay shows while it waits). Stateless and thread-safe.
 */
public final class QueuedEdits {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An attendee edit as queued: the attendee as the attendant saw it, as edited, and the time it was made. */
    public record AttendeeEdit(Attendee base, Attendee mine, OffsetDateTime at) {
    }

    /** A seat-plan step as queued: the plan, and its changed seats as read ({@code base}) and as made. */
    public record SeatStep(UUID planId, SeatAssignments base, SeatAssignments next) {
    }

    private QueuedEdits() {
    }

    static String attendeeEdit(Attendee base, Attendee mine, OffsetDateTime at) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("base", attendee(base));
        m.put("mine", attendee(mine));
        m.put("at", at == null ? null : at.toString());
        return write(m);
    }

    @SuppressWarnings("unchecked")
    public static AttendeeEdit attendeeEdit(String body) {
        Map<String, Object> m = read(body);
        String at = (String) m.get("at");
        return new AttendeeEdit(attendee((Map<String, String>) m.get("base")),
                attendee((Map<String, String>) m.get("mine")), at == null ? null : OffsetDateTime.parse(at));
    }

    /** The attendee with the fields the queued edit changed (against what the attendant saw) set as edited. */
    static Attendee edited(Attendee shown, AttendeeEdit edit) {
        Attendee b = edit.base();
        Attendee m = edit.mine();
        Attendee a = shown;
        a = Objects.equals(b.name(), m.name()) ? a : a.withName(m.name());
        a = Objects.equals(b.organisation(), m.organisation()) ? a : a.withOrganisation(m.organisation());
        a = Objects.equals(b.position(), m.position()) ? a : a.withPosition(m.position());
        a = b.role() == m.role() ? a : a.withRole(m.role());
        a = b.side() == m.side() ? a : a.withSide(m.side());
        a = b.checkIn() == m.checkIn() ? a : a.withCheckIn(m.checkIn());
        return Objects.equals(b.notes(), m.notes()) ? a : a.withNotes(m.notes());
    }

    static String seatStep(UUID planId, SeatAssignments base, SeatAssignments next) {
        Set<String> changed = new HashSet<>(base.occupantBySeat().keySet());
        changed.addAll(base.lockedSeats());
        changed.addAll(next.occupantBySeat().keySet());
        changed.addAll(next.lockedSeats());
        changed.removeIf(seat -> Objects.equals(base.occupantOf(seat), next.occupantOf(seat))
                && base.isLocked(seat) == next.isLocked(seat));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plan", planId.toString());
        m.put("base", cells(base, changed));
        m.put("next", cells(next, changed));
        return write(m);
    }

    @SuppressWarnings("unchecked")
    public static SeatStep seatStep(String body) {
        Map<String, Object> m = read(body);
        return new SeatStep(UUID.fromString((String) m.get("plan")), assignments((Map<String, String>) m.get("base")),
                assignments((Map<String, String>) m.get("next")));
    }

    /** {@code shown} with the step's changed seats as the step left them. */
    public static SeatAssignments stepped(SeatAssignments shown, SeatStep step) {
        Set<String> changed = new HashSet<>(step.base().occupantBySeat().keySet());
        changed.addAll(step.base().lockedSeats());
        changed.addAll(step.next().occupantBySeat().keySet());
        changed.addAll(step.next().lockedSeats());
        Map<String, UUID> occupants = new LinkedHashMap<>(shown.occupantBySeat());
        Set<String> locked = new HashSet<>(shown.lockedSeats());
        for (String seat : changed) {
            occupants.remove(seat);
            locked.remove(seat);
            step.next().occupantOf(seat).ifPresent(id -> occupants.put(seat, id));
            if (step.next().isLocked(seat)) {
                locked.add(seat);
            }
        }
        try {
            return SeatAssignments.of(occupants, locked);
        } catch (IllegalArgumentException seatedTwice) {
            return shown;
        }
    }

    /** Each changed seat as "attendee|locked" (attendee empty for a locked empty seat; absent for no row). */
    private static Map<String, String> cells(SeatAssignments assignments, Set<String> seats) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (String seat : seats) {
            if (assignments.occupantOf(seat).isPresent() || assignments.isLocked(seat)) {
                cells.put(seat, assignments.occupantOf(seat).map(UUID::toString).orElse("") + "|"
                        + assignments.isLocked(seat));
            }
        }
        return cells;
    }

    private static SeatAssignments assignments(Map<String, String> cells) {
        Map<String, UUID> occupants = new LinkedHashMap<>();
        Set<String> locked = new HashSet<>();
        cells.forEach((seat, cell) -> {
            List<String> parts = List.of(cell.split("\\|", -1));
            if (!parts.get(0).isEmpty()) {
                occupants.put(seat, UUID.fromString(parts.get(0)));
            }
            if (Boolean.parseBoolean(parts.get(1))) {
                locked.add(seat);
            }
        });
        return SeatAssignments.of(occupants, locked);
    }

    private static Map<String, String> attendee(Attendee a) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", a.id().toString());
        m.put("meeting", a.meetingId().toString());
        m.put("name", a.name());
        m.put("organisation", a.organisation());
        m.put("position", a.position());
        m.put("rank", Integer.toString(a.rank()));
        m.put("role", a.role().name());
        m.put("side", a.side().name());
        m.put("checkIn", a.checkIn().name());
        m.put("notes", a.notes());
        return m;
    }

    private static Attendee attendee(Map<String, String> m) {
        return new Attendee(UUID.fromString(m.get("id")), UUID.fromString(m.get("meeting")), m.get("name"),
                m.get("organisation"), m.get("position"), Integer.parseInt(m.get("rank")),
                AttendeeRole.valueOf(m.get("role")), Side.valueOf(m.get("side")),
                CheckInStatus.valueOf(m.get("checkIn")), m.get("notes"));
    }

    private static String write(Map<String, Object> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String body) {
        try {
            return JSON.readValue(body, Map.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
