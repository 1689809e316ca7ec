package org.huiwu.model.flow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A booking of a room (会议室预约, annex I): the day and time, what it is for, the organiser and booker,
 * how many are expected, and the meeting it became (null until then). A cancelled booking frees the room.
 * Immutable.
 */
public record Booking(UUID id, UUID roomId, LocalDate bookingDate, LocalTime startTime, LocalTime endTime, String title,
        String organiser, String booker, String bookerPhone, int expectedAttendees, UUID meetingId,
        boolean cancelled, Instant createdAt, String createdBy) {

    public Booking {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(roomId, "roomId");
        Objects.requireNonNull(bookingDate, "bookingDate");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(endTime, "endTime");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(createdAt, "createdAt");
        organiser = organiser == null ? "" : organiser;
        booker = booker == null ? "" : booker;
        bookerPhone = bookerPhone == null ? "" : bookerPhone;
        createdBy = createdBy == null ? "" : createdBy;
    }

    /** Whether this booking and the other hold the same room at the same time (touching ends do not clash). */
    public boolean clashesWith(Booking other) {
        return !cancelled && !other.cancelled && roomId.equals(other.roomId) && bookingDate.equals(other.bookingDate)
                && startTime.isBefore(other.endTime) && other.startTime.isBefore(endTime);
    }

    /** This booking moved to that room, day and time, with that title. */
    public Booking movedTo(UUID room, LocalDate day, LocalTime start, LocalTime end, String newTitle) {
        return new Booking(id, room, day, start, end, newTitle, organiser, booker, bookerPhone, expectedAttendees,
                meetingId, cancelled, createdAt, createdBy);
    }

    /** This booking, now held by the meeting it became. */
    public Booking becameMeeting(UUID meeting) {
        return new Booking(id, roomId, bookingDate, startTime, endTime, title, organiser, booker, bookerPhone, expectedAttendees,
                meeting, cancelled, createdAt, createdBy);
    }
}
