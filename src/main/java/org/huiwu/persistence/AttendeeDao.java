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

    @SqlUpdate("UPDATE attendee SET check_in = :status, checked_in_at = :at, version = version + 1 WHERE id = :id")
    int updateCheckInRow(@Bind("id") UUID id, @Bind("status") String status, @Bind("at") OffsetDateTime at);

    /** Sets the attendee's check-in state, with its note in the change feed; returns the rows changed. */
    @Transaction
    default int updateCheckIn(UUID id, String status, OffsetDateTime at) {
        int changed = updateCheckInRow(id, status, at);
        noteAttendeeChange(id, CHECK_IN);
        return changed;
    }

    @SqlUpdate("""
            UPDATE attendee SET check_in = :status, checked_in_at = :at, version = version + 1
            WHERE id = :id AND check_in = :base
            """)
    int updateCheckInFromRow(@Bind("id") UUID id, @Bind("base") String base, @Bind("status") String status,
            @Bind("at") OffsetDateTime at);

    /**
     * Sets the attendee's check-in state only if it is still {@code base}, the state the attendant saw (a check-in
     * queued during an outage, decision 0031 amended), with its note in the change feed; returns the rows changed:
     * 0 means the attendee is gone or another laptop changed the check-in since, and nothing was written.
     */
    @Transaction
    default int updateCheckInFrom(UUID id, String base, String status, OffsetDateTime at) {
        int changed = updateCheckInFromRow(id, base, status, at);
        if (changed > 0) {
            noteAttendeeChange(id, CHECK_IN);
        }
        return changed;
    }

    @SqlBatch("UPDATE attendee SET precedence = :a.rank, version = version + 1 WHERE id = :a.id")
    void updateRanks(@BindMethods("a") List<Attendee> attendees);

    @SqlQuery("SELECT version FROM attendee WHERE id = :id")
    Optional<Integer> versionOf(@Bind("id") UUID id);

    /**
     * The attendee with the version it was read at (decision 0031): the version is read first, so a record changed
     * in between is newer than its version says and its checked update is refused rather than let through.
     */
    @Transaction
    default Optional<Versioned<Attendee>> findVersioned(UUID id) {
        Optional<Integer> version = versionOf(id);
        return version.flatMap(v -> find(id).map(a -> new Versioned<>(a, v)));
    }

    @SqlUpdate("""
            UPDATE attendee SET name = :a.name, organisation = :a.organisation, position = :a.position, role = :a.role,
                side = :a.side, notes = :a.notes,
                checked_in_at = CASE WHEN check_in = :a.checkIn THEN checked_in_at ELSE :at END,
                check_in = :a.checkIn, version = version + 1
            WHERE id = :a.id AND version = :expected
            """)
    int updateAtVersion(@BindMethods("a") Attendee attendee, @Bind("expected") int expected,
            @Bind("at") OffsetDateTime checkedInAt);

    /**
     * Stores an edit of the attendee's details and check-in made from version {@code expected}, with its note in
     * the change feed (other laptops read the list again); returns whether it was written: false means another
     * laptop changed the attendee since that version, and nothing was written.
     */
    @Transaction
    default boolean saveAtVersion(Attendee attendee, int expected, OffsetDateTime checkedInAt) {
        if (updateAtVersion(attendee, expected, checkedInAt) == 0) {
            return false;
        }
        noteAttendeeChange(attendee.id(), CHECK_IN);
        return true;
    }

    /**
     * Stores {@code mine}, an edit of {@code base} (the attendee as the attendant saw it), only while the attendee is
     * still stored exactly as {@code base}; returns 1 when written, 0 when not (the caller merges then). While the
     * venue server cannot be reached this call is what waits in the outbox (decision 0038).
     */
    @Transaction
    default int saveFrom(Attendee base, Attendee mine, OffsetDateTime checkedInAt) {
        Optional<Versioned<Attendee>> stored = findVersioned(mine.id());
        if (stored.isEmpty() || !stored.get().record().equals(base)) {
            return 0;
        }
        return saveAtVersion(mine, stored.get().version(), checkedInAt) ? 1 : 0;
    }

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
