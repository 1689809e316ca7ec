package org.huiwu.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.huiwu.model.flow.Booking;
import org.huiwu.model.flow.Room;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Stores the venue's rooms and their bookings (venue-wide, not part of any one meeting's bundle). A booking
 * is checked for a clash and inserted in one transaction. Thread-safe when attached on demand.
 */
@RegisterConstructorMapper(Room.class)
@RegisterConstructorMapper(Booking.class)
public interface VenueRoomDao {

    @SqlQuery("SELECT * FROM venue_room ORDER BY retired, name, id")
    List<Room> rooms();

    @SqlQuery("SELECT * FROM venue_room WHERE id = :id")
    Optional<Room> room(@Bind("id") UUID id);

    @SqlQuery("SELECT COUNT(*) > 0 FROM venue_room WHERE name = :name AND id <> :id")
    boolean nameTaken(@Bind("name") String name, @Bind("id") UUID id);

    @SqlUpdate("""
            INSERT INTO venue_room (id, name, capacity, layout, equipment, retired, changed_at, changed_by)
            VALUES (:r.id, :r.name, :r.capacity, :r.layout, :r.equipment, :r.retired, :r.changedAt, :r.changedBy)
            """)
    void insertRoom(@BindMethods("r") Room room);

    @SqlUpdate("""
            UPDATE venue_room SET name = :r.name, capacity = :r.capacity, layout = :r.layout,
                equipment = :r.equipment, retired = :r.retired, changed_at = :r.changedAt, changed_by = :r.changedBy
            WHERE id = :r.id
            """)
    int updateRoom(@BindMethods("r") Room room);

    @SqlQuery("""
            SELECT * FROM room_booking WHERE booking_date BETWEEN :from AND :to
            ORDER BY booking_date, start_time, room_id, id
            """)
    List<Booking> bookingsBetween(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlQuery("SELECT * FROM room_booking WHERE id = :id")
    Optional<Booking> booking(@Bind("id") UUID id);

    @SqlQuery("SELECT * FROM room_booking WHERE meeting_id = :meetingId ORDER BY booking_date, start_time, id")
    List<Booking> bookingsOf(@Bind("meetingId") UUID meetingId);

    @SqlQuery("""
            SELECT * FROM room_booking WHERE room_id = :b.roomId AND booking_date = :b.bookingDate
                AND NOT cancelled AND id <> :b.id AND start_time < :b.endTime AND :b.startTime < end_time
            ORDER BY start_time, id
            """)
    List<Booking> clashes(@BindMethods("b") Booking booking);

    @SqlUpdate("""
            INSERT INTO room_booking (id, room_id, booking_date, start_time, end_time, title, organiser, booker,
                booker_phone, expected_attendees, meeting_id, cancelled, created_at, created_by)
            VALUES (:b.id, :b.roomId, :b.bookingDate, :b.startTime, :b.endTime, :b.title, :b.organiser, :b.booker,
                :b.bookerPhone, :b.expectedAttendees, :b.meetingId, :b.cancelled, :b.createdAt, :b.createdBy)
            """)
    void insertBooking(@BindMethods("b") Booking booking);

    @SqlUpdate("UPDATE room_booking SET meeting_id = :meetingId WHERE id = :id")
    int linkMeeting(@Bind("id") UUID bookingId, @Bind("meetingId") UUID meetingId);

    @SqlUpdate("""
            UPDATE room_booking SET room_id = :b.roomId, booking_date = :b.bookingDate, start_time = :b.startTime,
                end_time = :b.endTime, title = :b.title
            WHERE id = :b.id AND NOT cancelled
            """)
    int updateBooking(@BindMethods("b") Booking booking);

    /**
     * Moves or retitles the booking unless the new time clashes with another live booking of the room; returns
     * the clashing bookings (empty when it was changed). One transaction, as for a new booking.
     */
    @Transaction
    default List<Booking> changeUnlessClash(Booking booking) {
        return unlessClash(booking, this::updateBooking);
    }

    @SqlUpdate("UPDATE room_booking SET cancelled = TRUE WHERE id = :id")
    int cancel(@Bind("id") UUID bookingId);

    /**
     * Inserts the booking unless it clashes with another booking of the room; returns the clashing bookings
     * (empty when it was inserted). One transaction, so two laptops' windows cannot both take a slot here.
     */
    @Transaction
    default List<Booking> bookUnlessClash(Booking booking) {
        return unlessClash(booking, this::insertBooking);
    }

    /** Writes the booking with {@code write} when it clashes with no other live booking; returns the clashes. */
    private List<Booking> unlessClash(Booking booking, Consumer<Booking> write) {
        List<Booking> clashing = clashes(booking);
        if (clashing.isEmpty()) {
            write.accept(booking);
        }
        return clashing;
    }
}
