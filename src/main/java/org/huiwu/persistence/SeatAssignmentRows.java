package org.huiwu.persistence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huiwu.model.seating.SeatAssignments;

/**
 * Converts seat assignments to and from their table rows: one row per occupied or locked seat; a
 * locked empty seat has no attendee. Immutable.
 */
record SeatAssignmentRows(List<String> seats, List<UUID> attendees, List<Boolean> locked) {

    static SeatAssignmentRows of(SeatAssignments assignments) {
        List<String> seats = new ArrayList<>();
        List<UUID> attendees = new ArrayList<>();
        List<Boolean> locked = new ArrayList<>();
        assignments.occupantBySeat().forEach((seat, attendee) -> {
            seats.add(seat);
            attendees.add(attendee);
            locked.add(assignments.isLocked(seat));
        });
        for (String seat : assignments.lockedSeats()) {
            if (assignments.occupantOf(seat).isEmpty()) {
                seats.add(seat);
                attendees.add(null);
                locked.add(true);
            }
        }
        return new SeatAssignmentRows(seats, attendees, locked);
    }

    /** One stored row: a seat, its occupant (null for a locked empty seat) and its lock. */
    public record Row(String seatKey, UUID attendeeId, boolean locked) {
    }

    static SeatAssignments read(List<Row> rows) {
        Map<String, UUID> occupants = new LinkedHashMap<>();
        Set<String> locks = new HashSet<>();
        for (Row row : rows) {
            if (row.attendeeId() != null) {
                occupants.put(row.seatKey(), row.attendeeId());
            }
            if (row.locked()) {
                locks.add(row.seatKey());
            }
        }
        return SeatAssignments.of(occupants, locks);
    }

    static Map<String, UUID> readPrinted(List<Row> rows) {
        Map<String, UUID> printed = new LinkedHashMap<>();
        rows.forEach(row -> printed.put(row.seatKey(), row.attendeeId()));
        return printed;
    }
}
