package org.huiwu.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.huiwu.model.rounds.MeetingPhaseEvent;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceRound;
import org.huiwu.model.rounds.ServiceZone;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Stores the tea-service log of a meeting: seat events, phase changes (start, break, speaker…) and
 * rounds. Rows are only added, except that a round is closed once. Every write is one transaction,
 * committed to the file before it returns. Thread-safe when attached on demand.
 */
@RegisterRowMapper(ServiceRowMappers.EventMapper.class)
@RegisterRowMapper(ServiceRowMappers.PhaseMapper.class)
@RegisterRowMapper(ServiceRowMappers.RoundMapper.class)
public interface ServiceEventDao extends FeedsChanges {

    @SqlUpdate("""
            INSERT INTO service_event (id, meeting_id, seat_key, attendee_id, attendant, kind, skip_reason, note,
                round_number, occurred_at, recorded_at)
            VALUES (:id, :meetingId, :seatKey, :attendeeId, :attendant, :kind, :skipReason, :note, :roundNumber,
                :occurredAt, :recordedAt)
            """)
    void insertEvent(@Bind("id") UUID id, @Bind("meetingId") UUID meetingId, @Bind("seatKey") String seatKey,
            @Bind("attendeeId") UUID attendeeId, @Bind("attendant") String attendant, @Bind("kind") String kind,
            @Bind("skipReason") String skipReason, @Bind("note") String note, @Bind("roundNumber") int roundNumber,
            @Bind("occurredAt") OffsetDateTime occurredAt, @Bind("recordedAt") OffsetDateTime recordedAt);

    @SqlQuery("SELECT * FROM service_event WHERE meeting_id = :meetingId ORDER BY occurred_at, recorded_at, id")
    List<ServiceEvent> events(@Bind("meetingId") UUID meetingId);

    /** The seat events with these ids (those that are seat events), in log order. */
    @SqlQuery("SELECT * FROM service_event WHERE id IN (<ids>) ORDER BY occurred_at, recorded_at, id")
    List<ServiceEvent> eventsById(@org.jdbi.v3.sqlobject.customizer.BindList("ids") java.util.Collection<UUID> ids);

    /** Whether a seat event with this id is stored (a queued tap sent before, decision 0031). */
    @SqlQuery("SELECT COUNT(*) > 0 FROM service_event WHERE id = :id")
    boolean exists(@Bind("id") UUID id);

    @SqlQuery("""
            SELECT COALESCE(SUM(CASE WHEN kind = 'POUR_UNDONE' THEN -1 ELSE 1 END), 0) FROM service_event
            WHERE meeting_id = :meetingId AND seat_key = :seatKey AND kind IN ('FIRST_POUR', 'REFILL', 'POUR_UNDONE')
            """)
    int poursAt(@Bind("meetingId") UUID meetingId, @Bind("seatKey") String seatKey);

    /** The open round of the seat's own zone, else the open round for everyone, else 0. */
    @SqlQuery("""
            SELECT COALESCE(
              (SELECT MAX(r.round_number) FROM service_round r
               WHERE r.meeting_id = :meetingId AND r.closed_at IS NULL AND r.zone_id =
                 (SELECT zs.zone_id FROM service_zone_seat zs WHERE zs.meeting_id = :meetingId AND zs.seat_key = :seatKey)),
              (SELECT MAX(r.round_number) FROM service_round r
               WHERE r.meeting_id = :meetingId AND r.closed_at IS NULL AND r.zone_id = :everyone),
              0)
            """)
    int openRoundAt(@Bind("meetingId") UUID meetingId, @Bind("seatKey") String seatKey, @Bind("everyone") UUID everyone);

    @SqlUpdate("""
            INSERT INTO meeting_phase_event (id, meeting_id, phase, seat_key, attendee_id, occurred_at, recorded_at)
            VALUES (:id, :meetingId, :phase, :seatKey, :attendeeId, :occurredAt, :recordedAt)
            """)
    void insertPhase(@Bind("id") UUID id, @Bind("meetingId") UUID meetingId, @Bind("phase") String phase,
            @Bind("seatKey") String seatKey, @Bind("attendeeId") UUID attendeeId,
            @Bind("occurredAt") OffsetDateTime occurredAt,
            @Bind("recordedAt") OffsetDateTime recordedAt);

    @SqlQuery("SELECT * FROM meeting_phase_event WHERE meeting_id = :meetingId ORDER BY occurred_at, recorded_at, id")
    List<MeetingPhaseEvent> phases(@Bind("meetingId") UUID meetingId);

    @SqlQuery("SELECT COALESCE(MAX(round_number), 0) FROM service_round WHERE meeting_id = :meetingId")
    int lastRoundNumber(@Bind("meetingId") UUID meetingId);

    @SqlUpdate("""
            INSERT INTO service_round (meeting_id, round_number, zone_id, attendant, started_at, closed_at)
            VALUES (:meetingId, :number, :zoneId, :attendant, :startedAt, NULL)
            """)
    void insertRound(@Bind("meetingId") UUID meetingId, @Bind("number") int number, @Bind("zoneId") UUID zoneId,
            @Bind("attendant") String attendant, @Bind("startedAt") OffsetDateTime startedAt);

    @SqlUpdate("""
            UPDATE service_round SET closed_at = :closedAt
            WHERE meeting_id = :meetingId AND round_number = :number AND closed_at IS NULL
            """)
    int closeRoundRow(@Bind("meetingId") UUID meetingId, @Bind("number") int number,
            @Bind("closedAt") OffsetDateTime closedAt);

    @SqlQuery("SELECT * FROM service_round WHERE meeting_id = :meetingId ORDER BY round_number")
    List<ServiceRound> rounds(@Bind("meetingId") UUID meetingId);

    /** Adds one seat event, with its note in the change feed. */
    @Transaction
    default void add(ServiceEvent event) {
        noteChange(event.meetingId(), SERVICE, event.id());
        insertEvent(event.id(), event.meetingId(), event.seatKey(), event.attendeeId(), event.attendant(),
                event.kind().name(), event.skipReason() == null ? null : event.skipReason().name(), event.note(),
                event.roundNumber(), ServiceRowMappers.utc(event.occurredAt()),
                ServiceRowMappers.utc(event.recordedAt()));
    }

    /** Adds one phase change, recorded at {@code recordedAt}. */
    @Transaction
    default void add(MeetingPhaseEvent phase, Instant recordedAt) {
        noteChange(phase.meetingId(), SERVICE, phase.id());
        insertPhase(phase.id(), phase.meetingId(), phase.phase().name(), phase.seatKey(), phase.attendeeId(),
                ServiceRowMappers.utc(phase.occurredAt()), ServiceRowMappers.utc(recordedAt));
    }

    /** The round open for the seat's zone (0 when none) and whether the seat was ever poured, read together. */
    @Transaction
    default SeatStanding standingOf(UUID meetingId, String seatKey) {
        return new SeatStanding(openRoundAt(meetingId, seatKey, ServiceZone.EVERYONE), poursAt(meetingId, seatKey) > 0);
    }

    /**
     * Adds one event at a seat, built from the seat's standing read in the same transaction, and
     * returns it. The app's taps take {@link Database#seatEvents()} instead: the same statements and
     * transaction on a held connection ({@code HeldSeatWriter}; {@code SeatEventWriterTest} pins that both
     * read the same standing), so a change here belongs there too.
     */
    @Transaction
    default ServiceEvent addAtSeat(UUID meetingId, String seatKey, Function<SeatStanding, ServiceEvent> event) {
        ServiceEvent built = event.apply(standingOf(meetingId, seatKey));
        add(built);
        return built;
    }

    /** Opens the meeting's next round for a zone and returns its number (1 for the first). */
    @Transaction
    default int openRound(UUID meetingId, UUID zoneId, String attendant, Instant at) {
        int number = lastRoundNumber(meetingId) + 1;
        insertRound(meetingId, number, zoneId, attendant, ServiceRowMappers.utc(at));
        noteChange(meetingId, SERVICE, zoneId);
        return number;
    }

    /** Closes an open round and adds the events found missed, in one transaction; false when not open. */
    @Transaction
    default boolean closeRound(UUID meetingId, int number, Instant at, List<ServiceEvent> missed) {
        if (closeRoundRow(meetingId, number, ServiceRowMappers.utc(at)) == 0) {
            return false;
        }
        noteChange(meetingId, SERVICE, null);
        missed.forEach(this::add);
        return true;
    }

    /** What a new pour at a seat needs to know: the open round of its zone, and whether it was poured before. */
    record SeatStanding(int openRound, boolean pouredBefore) {
    }
}
