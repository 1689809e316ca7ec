package org.huiwu.logic.flow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.model.Meeting;
import org.huiwu.model.MeetingCategory;
import org.huiwu.model.flow.Booking;
import org.huiwu.model.flow.Room;
import org.huiwu.model.flow.RoomLayout;
import org.huiwu.model.flow.WorkOrder;
import org.huiwu.persistence.VenueRoomDao;

/**
 * The venue's rooms and their bookings (annex I): rooms are added and changed; a booking of a room that
 * another booking already holds at that time is refused with the clash; a booking becomes a meeting in one
 * step (the meeting takes the booking's day, times, room, organiser and headcount, and gets a work order).
 * Synchronous and thread-safe; call it off the FX thread.
 */
public final class RoomBook {

    /** What a new booking asks for. */
    public record Request(UUID roomId, LocalDate date, LocalTime start, LocalTime end, String title,
            String organiser, String booker, String bookerPhone, int expectedAttendees) {
    }

    private final VenueRoomDao rooms;
    private final MeetingCatalog meetings;
    private final WorkOrders workOrders;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public RoomBook(VenueRoomDao rooms, MeetingCatalog meetings, WorkOrders workOrders, Clock clock,
            Supplier<UUID> ids) {
        this.rooms = rooms;
        this.meetings = meetings;
        this.workOrders = workOrders;
        this.clock = clock;
        this.ids = ids;
    }

    /** Every room, in use first, by name. */
    public List<Room> rooms() {
        return rooms.rooms();
    }

    /** Adds a room or saves a changed one (same id). */
    public Room saveRoom(UUID id, String name, int capacity, RoomLayout layout, String equipment, boolean retired,
            String by) {
        String text = FlowRejectedException.requireText(name, 100);
        if (capacity < 0 || capacity > 10_000) {
            throw new FlowRejectedException(FlowProblem.BAD_NUMBER);
        }
        UUID roomId = id == null ? ids.get() : id;
        if (rooms.nameTaken(text, roomId)) {
            throw new FlowRejectedException(FlowProblem.ROOM_NAME_TAKEN);
        }
        Room room = new Room(roomId, text, capacity, layout, FlowRejectedException.optionalText(equipment, 500),
                retired, now(), FlowRejectedException.optionalText(by, FlowProblem.MAX_NAME));
        if (id == null || rooms.updateRoom(room) == 0) {
            rooms.insertRoom(room);
        }
        return room;
    }

    /** The bookings of the days from {@code from} to {@code to}, inclusive, cancelled ones too. */
    public List<Booking> between(LocalDate from, LocalDate to) {
        return rooms.bookingsBetween(from, to);
    }

    /** The booking a meeting was made from, if any. */
    public java.util.Optional<Booking> ofMeeting(UUID meetingId) {
        return rooms.bookingsOf(meetingId).stream().filter(b -> !b.cancelled()).findFirst();
    }

    /**
     * Books the room.
     *
     * @throws FlowRejectedException DOUBLE_BOOKING with the clashing bookings when the room is taken then;
     *         BAD_TIMES when the end is not after the start; ROOM_RETIRED for a retired room
     */
    public Booking book(Request request, String by) {
        if (request.start() == null || request.end() == null || !request.end().isAfter(request.start())) {
            throw new FlowRejectedException(FlowProblem.BAD_TIMES);
        }
        Room room = rooms.room(request.roomId()).orElseThrow(() -> new FlowRejectedException(FlowProblem.NOT_FOUND));
        if (room.retired()) {
            throw new FlowRejectedException(FlowProblem.ROOM_RETIRED);
        }
        if (request.expectedAttendees() < 0) {
            throw new FlowRejectedException(FlowProblem.BAD_NUMBER);
        }
        Booking booking = new Booking(ids.get(), room.id(), request.date(), request.start(), request.end(),
                FlowRejectedException.requireText(request.title(), 500),
                FlowRejectedException.optionalText(request.organiser(), 500),
                FlowRejectedException.optionalText(request.booker(), FlowProblem.MAX_NAME),
                FlowRejectedException.optionalText(request.bookerPhone(), 100), request.expectedAttendees(), null,
                false, now(), FlowRejectedException.optionalText(by, FlowProblem.MAX_NAME));
        List<Booking> clashes = rooms.bookUnlessClash(booking);
        if (!clashes.isEmpty()) {
            throw new FlowRejectedException(FlowProblem.DOUBLE_BOOKING, clashes);
        }
        return booking;
    }

    /**
     * Changes a live booking's room, day, times and title. The meeting it became follows (its day, times and
     * room; the work order's room and times, which clears the organiser's confirmation as any change does).
     *
     * @throws FlowRejectedException DOUBLE_BOOKING with the clashing bookings when the room is taken then
     *         (nothing is changed); BAD_TIMES, ROOM_RETIRED, BOOKING_CANCELLED as for a new booking
     */
    public Booking change(UUID bookingId, UUID roomId, LocalDate date, LocalTime start, LocalTime end, String title,
            String by) {
        Booking booking = rooms.booking(bookingId).orElseThrow(() -> new FlowRejectedException(FlowProblem.NOT_FOUND));
        if (booking.cancelled()) {
            throw new FlowRejectedException(FlowProblem.BOOKING_CANCELLED);
        }
        if (date == null || start == null || end == null || !end.isAfter(start)) {
            throw new FlowRejectedException(FlowProblem.BAD_TIMES);
        }
        Room room = rooms.room(roomId).orElseThrow(() -> new FlowRejectedException(FlowProblem.NOT_FOUND));
        if (room.retired() && !room.id().equals(booking.roomId())) {
            throw new FlowRejectedException(FlowProblem.ROOM_RETIRED);
        }
        Booking moved = booking.movedTo(room.id(), date, start, end, FlowRejectedException.requireText(title, 500));
        List<Booking> clashes = rooms.changeUnlessClash(moved);
        if (!clashes.isEmpty()) {
            throw new FlowRejectedException(FlowProblem.DOUBLE_BOOKING, clashes);
        }
        if (moved.meetingId() != null) {
            follow(moved, room, by);
        }
        return moved;
    }

    private void follow(Booking moved, Room room, String by) {
        meetings.find(moved.meetingId()).ifPresent(m -> meetings.save(new Meeting(m.id(), m.title(), m.category(),
                moved.bookingDate(), moved.startTime(), moved.endTime(), room.name(), m.hostOrganisation(),
                m.organisingOrganisation(), m.confidentiality(), m.foreignAffairs(), m.expectedAttendees(),
                m.contactPerson(), m.contactPhone(), m.notes(), m.agenda())));
        workOrders.of(moved.meetingId()).filter(o -> !o.roomName().equals(room.name())
                || !moved.startTime().equals(o.startTime()) || !moved.endTime().equals(o.endTime()))
                .ifPresent(o -> workOrders.save(new WorkOrder(o.meetingId(), room.name(), moved.startTime(),
                        moved.endTime(), o.expectedAttendees(), o.layout(), o.nameCards(), o.tea(), o.towels(),
                        o.flowers(), o.fruit(), o.microphones(), o.wirelessMicrophones(), o.projectors(),
                        o.videoLinks(), o.specialNeeds(), o.confirmedWith(), o.confirmedAt(), o.confirmedBy(),
                        o.changedAt(), o.changedBy()), by));
    }

    /** Records that an existing meeting holds the booking (for a meeting made before its booking was logged). */
    public void link(UUID bookingId, UUID meetingId) {
        if (rooms.linkMeeting(bookingId, meetingId) == 0) {
            throw new FlowRejectedException(FlowProblem.NOT_FOUND);
        }
    }

    /** Cancels a booking (it stays listed as cancelled and frees the room); a cancelled one is refused. */
    public void cancel(UUID bookingId) {
        Booking booking = rooms.booking(bookingId).orElseThrow(() -> new FlowRejectedException(FlowProblem.NOT_FOUND));
        if (booking.cancelled()) {
            throw new FlowRejectedException(FlowProblem.BOOKING_CANCELLED);
        }
        rooms.cancel(bookingId);
    }

    /**
     * Makes the booking a meeting: a new meeting with the booking's title, day, times, room, organiser,
     * booker and headcount, and a work order for it. Returns the meeting.
     *
     * @throws FlowRejectedException ALREADY_A_MEETING when the booking already became one
     */
    public Meeting toMeeting(UUID bookingId, String by) {
        Booking booking = rooms.booking(bookingId).orElseThrow(() -> new FlowRejectedException(FlowProblem.NOT_FOUND));
        if (booking.meetingId() != null) {
            throw new FlowRejectedException(FlowProblem.ALREADY_A_MEETING);
        }
        Room room = rooms.room(booking.roomId()).orElseThrow(() -> new FlowRejectedException(FlowProblem.NOT_FOUND));
        Meeting draft = meetings.draft(booking.title());
        Meeting meeting = meetings.save(new Meeting(draft.id(), booking.title(), MeetingCategory.OTHER,
                booking.bookingDate(), booking.startTime(), booking.endTime(), room.name(), "", booking.organiser(),
                draft.confidentiality(), false, booking.expectedAttendees(), booking.booker(), booking.bookerPhone(),
                "", List.of()));
        rooms.linkMeeting(bookingId, meeting.id());
        workOrders.startFrom(meeting, room.layout(), by);
        return meeting;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
