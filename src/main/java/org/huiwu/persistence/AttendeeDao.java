package org.huiwu.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.model.Attendee;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** Stores the attendees of meetings. Thread-safe when attached on demand. */
@RegisterRowMapper(AttendeeRowMapper.class)
public interface AttendeeDao extends FeedsChanges {

    /** The meeting's attendees in precedence order; ties keep a stable order by name. */
    @SqlQuery("SELECT * FROM attendee WHERE meeting_id = :meetingId ORDER BY precedence, name, id")
    List<Attendee> listByMeeting(@Bind("meetingId") UUID meetingId);

    @SqlQuery("SELECT * FROM attendee WHERE id = :id")
    Optional<Attendee> find(@Bind("id") UUID id);

    @SqlQuery("SELECT COUNT(*) FROM attendee WHERE meeting_id = :meetingId")
    int countByMeeting(@Bind("meetingId") UUID meetingId);

    @SqlUpdate("""
            MERGE INTO attendee (id, meeting_id, name, organisation, position, precedence, role, side, check_in, notes)
            KEY (id)
            VALUES (:a.id, :a.meetingId, :a.name, :a.organisation, :a.position, :a.rank, :a.role, :a.side,
                :a.checkIn, :a.notes)
            """)
    void save(@BindMethods("a") Attendee attendee);

    @SqlBatch("""
            INSERT INTO attendee (id, meeting_id, name, organisation, position, precedence, role, side, check_in, notes)
            VALUES (:a.id, :a.meetingId, :a.name, :a.organisation, :a.position, :a.rank, :a.role, :a.side,
                :a.checkIn, :a.notes)
            """)
    void insertAll(@BindMethods("a") List<Attendee> attendees);

    @SqlUpdate("UPDATE attendee SET check_in = :status, checked_in_at = :at WHERE id = :id")
    int updateCheckInRow(@Bind("id") UUID id, @Bind("status") String status, @Bind("at") OffsetDateTime at);

    /** Sets the attendee's check-in state, with its note in the change feed; returns the rows changed. */
    @Transaction
    default int updateCheckIn(UUID id, String status, OffsetDateTime at) {
        int changed = updateCheckInRow(id, status, at);
        noteAttendeeChange(id, CHECK_IN);
        return changed;
    }

    @SqlBatch("UPDATE attendee SET precedence = :a.rank WHERE id = :a.id")
    void updateRanks(@BindMethods("a") List<Attendee> attendees);

    @SqlUpdate("DELETE FROM attendee WHERE id = :id")
    int delete(@Bind("id") UUID id);

    /** Deletes every attendee of the meeting; their seat assignments go with them (ON DELETE CASCADE). */
    @SqlUpdate("DELETE FROM attendee WHERE meeting_id = :meetingId")
    int deleteByMeeting(@Bind("meetingId") UUID meetingId);

    /** Inserts every attendee or none of them. */
    @Transaction
    default void insertAllOrNothing(List<Attendee> attendees) {
        insertAll(attendees);
    }

    /**
     * Replaces the meeting's whole list in one transaction: the old attendees are deleted (as a single
     * delete would, with their seat assignments) and the new ones inserted; a failing insert leaves the
     * old list. Returns how many old attendees were removed.
     */
    @Transaction
    default int replaceAllOrNothing(UUID meetingId, List<Attendee> attendees) {
        int removed = deleteByMeeting(meetingId);
        insertAll(attendees);
        return removed;
    }
}
