package org.huiwu.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.model.AgendaItem;
import org.huiwu.model.Meeting;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.CreateSqlObject;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Stores meetings and their agenda (one aggregate; the agenda's statements are {@link MeetingAgenda}'s). Every
 * write of a meeting replaces its agenda in the same transaction. Thread-safe when attached on demand.
 */
@RegisterRowMapper(MeetingRowMapper.class)
public interface MeetingDao extends FeedsChanges, MeetingAgenda {

    /**
     * The order of {@link #list()}, for lists put together in memory (the outage overlay's new meetings among the
     * remembered ones): newest day first, later start first, a meeting without a start time after the others of its
     * day, then by title. {@code MeetingDaoTest} pins that the query sorts the same way on both engines.
     */
    java.util.Comparator<Meeting> LISTED = java.util.Comparator.comparing(Meeting::date,
                    java.util.Comparator.reverseOrder())
            .thenComparing(Meeting::startTime, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
            .thenComparing(Meeting::title);

    @SqlQuery("""
            SELECT * FROM meeting ORDER BY meeting_date DESC, start_time DESC NULLS LAST, title
            """)
    List<Meeting> listWithoutAgenda();

    @SqlQuery("SELECT * FROM meeting WHERE id = :id")
    Optional<Meeting> findWithoutAgenda(@Bind("id") UUID id);

    @SqlQuery("SELECT COUNT(*) FROM meeting")
    int count();

    @SqlUpdate("""
            MERGE INTO meeting (id, title, category, meeting_date, start_time, planned_end_time, venue,
                host_organisation, organising_organisation, confidentiality, foreign_affairs, expected_attendees,
                contact_person, contact_phone, notes, updated_at)
            KEY (id)
            VALUES (:m.id, :m.title, :m.category, :m.date, :m.startTime, :m.plannedEndTime, :m.venue,
                :m.hostOrganisation, :m.organisingOrganisation, :m.confidentiality, :m.foreignAffairs,
                :m.expectedAttendees, :m.contactPerson, :m.contactPhone, :m.notes, :updatedAt)
            """)
    void upsertRow(@BindMethods("m") Meeting meeting, @Bind("updatedAt") OffsetDateTime updatedAt);

    @SqlUpdate("DELETE FROM meeting WHERE id = :id")
    int deleteRow(@Bind("id") UUID id);

    /**
     * Deletes the meeting (its agenda and records go with it) and notes the deletion in the change feed, so other
     * laptops' meeting lists drop it; returns how many meetings were deleted (0 when it was gone).
     */
    @Transaction
    default int delete(UUID id) {
        int deleted = deleteRow(id);
        if (deleted > 0) {
            noteChange(id, MEETING, id);
        }
        return deleted;
    }

    @SqlQuery("SELECT version FROM meeting WHERE id = :id")
    Optional<Integer> versionOf(@Bind("id") UUID id);

    @SqlUpdate("UPDATE meeting SET version = version + 1 WHERE id = :id AND version = :expected")
    int claimVersion(@Bind("id") UUID id, @Bind("expected") int expected);

    /**
     * Saves an edit of a stored meeting made from version {@code expected} (decision 0031), in one transaction
     * with its note in the change feed; returns the new version.
     *
     * @throws ConcurrentChangeException when another laptop stored the meeting since that version; nothing written
     */
    @Transaction
    default int saveAtVersion(Meeting meeting, int expected, Instant now) {
        if (claimVersion(meeting.id(), expected) == 0) {
            throw new ConcurrentChangeException(meeting.id());
        }
        storeDetails(meeting, now);
        noteChange(meeting.id(), MEETING, meeting.id());
        return expected + 1;
    }

    /**
     * Stores an edit only while the meeting is stored exactly as the editor saw it ({@code base}); returns the new
     * version, or 0 when not written (another laptop changed it since, or it is gone). {@link OfflineDaos} queues it
     * during an outage and answers -1 (decision 0038, amended); sent, it is merged field by field.
     */
    default int saveFrom(Meeting base, Meeting mine, Instant now) {
        Optional<java.util.Map.Entry<Meeting, Integer>> stored = findVersioned(mine.id());
        if (stored.isEmpty() || !stored.get().getKey().equals(base)) {
            return 0;
        }
        try {
            return saveAtVersion(mine, stored.get().getValue(), now);
        } catch (ConcurrentChangeException e) {
            return 0;
        }
    }

    /** The meeting with its agenda and its version, read together; empty when it does not exist. */
    @Transaction
    default Optional<java.util.Map.Entry<Meeting, Integer>> findVersioned(UUID id) {
        return find(id).map(m -> java.util.Map.entry(m, versionOf(id).orElse(0)));
    }

    @SqlUpdate("UPDATE meeting SET version = version + 1 WHERE id = :id")
    void bumpVersion(@Bind("id") UUID id);

    /**
     * Inserts or replaces a meeting together with its agenda, in one transaction, and counts a new version (an
     * editor on another laptop who read the old one is then told, decision 0031).
     */
    @Transaction
    default void save(Meeting meeting, Instant now) {
        storeDetails(meeting, now);
        bumpVersion(meeting.id());
    }

    /**
     * Stores a meeting made on this laptop (its id made here) unless one with its id is stored already (its commit
     * arrived, the answer did not); returns whether it wrote. {@link OfflineDaos} queues it during an outage and
     * answers true (decision 0040).
     */
    @Transaction
    default boolean create(Meeting meeting, Instant now) {
        if (findWithoutAgenda(meeting.id()).isPresent()) {
            return false;
        }
        save(meeting, now);
        noteChange(meeting.id(), MEETING, meeting.id());
        return true;
    }

    /** Writes the meeting row and its agenda (the caller's transaction sets the version). */
    default void storeDetails(Meeting meeting, Instant now) {
        upsertRow(meeting, now.atOffset(ZoneOffset.UTC));
        replaceAgenda(meeting.id(), meeting.agenda());
    }

    /** The attendee DAO on this DAO's handle, so a copy's attendees are read and written in its transaction. */
    @CreateSqlObject
    AttendeeDao attendeesOnThisHandle();

    /**
     * Stores {@code copy} (made here, one week after its source) with the source's attendees as stored now, check-in
     * reset, each under an id derived from the copy and the source attendee
     * ({@link QueuedWholeMeetings#copiedAttendee}), so the
     * attendees a laptop showed for a copy made during an outage are the ones stored; in one transaction with its
     * note in the change feed. Writes nothing when the copy is stored already; returns whether it wrote.
     * {@link OfflineDaos} queues it during an outage and answers true (decision 0043).
     */
    @Transaction
    default boolean createCopy(Meeting copy, UUID sourceId, Instant now) {
        if (findWithoutAgenda(copy.id()).isPresent()) {
            return false;
        }
        save(copy, now);
        AttendeeDao attendees = attendeesOnThisHandle();
        List<org.huiwu.model.Attendee> copied = attendees.listByMeeting(sourceId).stream()
                .map(a -> QueuedWholeMeetings.copiedAttendee(a, copy.id())).toList();
        if (!copied.isEmpty()) {
            attendees.insertAll(copied);
        }
        noteChange(copy.id(), MEETING, copy.id());
        return true;
    }

    /** The meeting with its agenda, or empty when it does not exist. */
    @Transaction
    default Optional<Meeting> find(UUID id) {
        return findWithoutAgenda(id).map(m -> withAgenda(m, agendaOf(id)));
    }

    /** All meetings, newest first, each with its agenda. */
    @Transaction
    default List<Meeting> list() {
        return listWithoutAgenda().stream().map(m -> withAgenda(m, agendaOf(m.id()))).toList();
    }

    private static Meeting withAgenda(Meeting m, List<AgendaItem> agenda) {
        return new Meeting(m.id(), m.title(), m.category(), m.date(), m.startTime(), m.plannedEndTime(), m.venue(),
                m.hostOrganisation(), m.organisingOrganisation(), m.confidentiality(), m.foreignAffairs(),
                m.expectedAttendees(), m.contactPerson(), m.contactPhone(), m.notes(), agenda);
    }
}
