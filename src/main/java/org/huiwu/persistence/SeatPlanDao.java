package org.huiwu.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Stores seat plans (one per meeting) with their blocks, their assignments and the snapshot of the
 * last print. Every save of a plan or of its assignments replaces them whole, in one transaction; a save of the
 * assignments adds a {@link FeedsChanges#SEATING} row to the change feed in it, a save of the layout a
 * {@link FeedsChanges#SEAT_LAYOUT} row (decisions 0031, 0039). The blocks' statements are {@link SeatPlanBlocks}'s,
 * the single-seat statements of the checked write {@link SeatRowWrites}'s; the offline layer knows the reads and
 * writes by their names here, so those stay declared in this interface.
 * Thread-safe when attached on demand.
 */
@RegisterRowMapper(SeatPlanRowMapper.class)
public interface SeatPlanDao extends FeedsChanges, SeatPlanBlocks, SeatRowWrites {

    @SqlQuery("SELECT * FROM seat_plan WHERE meeting_id = :meetingId")
    Optional<SeatPlan> findRowByMeeting(@Bind("meetingId") UUID meetingId);

    @SqlUpdate("""
            MERGE INTO seat_plan (id, meeting_id, convention, variants, row_numbering, audience_fill, door, viewpoint,
                updated_at)
            KEY (id)
            VALUES (:id, :meetingId, :convention, :variants, :rowNumbering, :audienceFill, :door, :viewpoint, :updatedAt)
            """)
    void upsertRow(@Bind("id") UUID id, @Bind("meetingId") UUID meetingId, @Bind("convention") String convention,
            @Bind("variants") String variants, @Bind("rowNumbering") String rowNumbering,
            @Bind("audienceFill") String audienceFill, @Bind("door") String door, @Bind("viewpoint") String viewpoint,
            @Bind("updatedAt") OffsetDateTime updatedAt);

    @SqlQuery("SELECT seat_key, attendee_id, locked FROM seat_assignment WHERE plan_id = :planId")
    @RegisterConstructorMapper(SeatAssignmentRows.Row.class)
    List<SeatAssignmentRows.Row> assignmentRows(@Bind("planId") UUID planId);

    @SqlUpdate("DELETE FROM seat_assignment WHERE plan_id = :planId")
    void deleteAssignments(@Bind("planId") UUID planId);

    @SqlBatch("INSERT INTO seat_assignment (plan_id, seat_key, attendee_id, locked) VALUES (:planId, :seat, :attendee, :locked)")
    void insertAssignments(@Bind("planId") UUID planId, @Bind("seat") List<String> seats,
            @Bind("attendee") List<UUID> attendees, @Bind("locked") List<Boolean> locked);

    @SqlQuery("SELECT seat_key, attendee_id, FALSE AS locked FROM seat_print_snapshot WHERE plan_id = :planId")
    @RegisterConstructorMapper(SeatAssignmentRows.Row.class)
    List<SeatAssignmentRows.Row> printedRows(@Bind("planId") UUID planId);

    @SqlUpdate("DELETE FROM seat_print_snapshot WHERE plan_id = :planId")
    void deletePrinted(@Bind("planId") UUID planId);

    @SqlBatch("INSERT INTO seat_print_snapshot (plan_id, seat_key, attendee_id) VALUES (:planId, :seat, :attendee)")
    void insertPrinted(@Bind("planId") UUID planId, @Bind("seat") List<String> seats,
            @Bind("attendee") List<UUID> attendees);

    /** The meeting's plan with its blocks, if it has one. */
    @Transaction
    default Optional<SeatPlan> findByMeeting(UUID meetingId) {
        return findRowByMeeting(meetingId).map(plan -> plan.withBlocks(blocksOf(plan.id())));
    }

    @SqlQuery("SELECT version FROM seat_plan WHERE id = :id")
    Optional<Integer> layoutVersion(@Bind("id") UUID planId);

    @SqlUpdate("UPDATE seat_plan SET version = version + 1 WHERE id = :id AND version = :expected")
    int claimLayout(@Bind("id") UUID planId, @Bind("expected") int expected);

    /**
     * Saves the plan's layout over version {@code expected}, the one the editor read (decision 0039): the plan's
     * row is claimed with {@code UPDATE ... WHERE version = ?} first, then the row and blocks are written; a plan
     * not stored yet is inserted ({@code expected} -1 says the editor knows it is new: a row with its id then means
     * it was stored before). Returns the new version.
     *
     * @throws ConcurrentChangeException when another laptop saved the layout since; nothing is written then
     * @throws PlanCreatedElsewhereException when the plan is new and the meeting has another plan (decision 0041)
     */
    @Transaction
    default int saveLayoutOver(SeatPlan plan, int expected, Instant now) {
        Optional<Integer> stored = layoutVersion(plan.id());
        if (stored.isPresent() && (expected < 0 || claimLayout(plan.id(), expected) == 0)) {
            throw new ConcurrentChangeException(plan.id());
        }
        try {
            save(plan, now);
        } catch (org.jdbi.v3.core.statement.StatementException failed) {
            if (stored.isEmpty() && SeatRowVersion.isConstraint(failed)) {
                throw new PlanCreatedElsewhereException(plan.meetingId(), failed);
            }
            throw failed;
        }
        return stored.map(version -> expected + 1).orElse(0);
    }

    /**
     * Saves the plan's layout over version {@code expected} ({@link #saveLayoutOver}; -1 for a plan this laptop
     * creates) and, in the same transaction, drops the occupants of seats it no longer has as a checked write
     * (decision 0041): {@code kept} is {@code seen}, the assignments as the editor saw them, without those seats, and
     * every seat dropped must still be as seen ({@link #saveAssignmentsOver}'s rule). Returns the new version.
     *
     * @throws ConcurrentChangeException when another laptop saved the layout since
     * @throws PlanCreatedElsewhereException when the plan is new and another laptop created the meeting's plan
     * @throws SeatChangedElsewhereException when a dropped seat changed since it was seen; nothing is written then
     */
    @Transaction
    default int saveLayoutFrom(SeatPlan plan, int expected, Instant now, SeatAssignments seen, SeatAssignments kept) {
        int version = saveLayoutOver(plan, expected, now);
        if (!kept.equals(seen)) {
            SeatRowVersion.writeOver(this, plan.id(), seen, kept);
            noteSeatingChange(plan.id());
        }
        return version;
    }

    /** Saves the plan and replaces its blocks; notes the layout change in the feed. */
    @Transaction
    default void save(SeatPlan plan, Instant now) {
        upsertRow(plan.id(), plan.meetingId(), plan.convention().name(), SeatPlanRowMapper.variantsText(plan.variants()),
                plan.rowNumbering().name(), plan.audienceFill().name(), plan.door().name(), plan.viewpoint().name(),
                now.atOffset(ZoneOffset.UTC));
        replaceBlocks(plan.id(), plan.blocks());
        noteChange(plan.meetingId(), SEAT_LAYOUT, plan.id());
    }

    /** Who sits where in the plan, with the locks. */
    @Transaction
    default SeatAssignments assignments(UUID planId) {
        return SeatAssignmentRows.read(assignmentRows(planId));
    }

    /** Replaces the plan's assignments and locks in one transaction. */
    @Transaction
    default void saveAssignments(UUID planId, SeatAssignments assignments) {
        deleteAssignments(planId);
        SeatAssignmentRows rows = SeatAssignmentRows.of(assignments);
        if (!rows.seats().isEmpty()) {
            insertAssignments(planId, rows.seats(), rows.attendees(), rows.locked());
        }
        noteSeatingChange(planId);
    }

    /**
     * Stores {@code next}, made from {@code base} (the assignments as the editor read them), without overwriting
     * what another laptop stored since (decision 0031): only the seats whose occupant or lock differ between the two
     * are written, each with {@code UPDATE ... WHERE plan_id, seat_key AND version = ?} at the version just read (a
     * seat that had no row is inserted, so a row another laptop inserted meanwhile fails its key). Seats this edit
     * does not touch keep what is stored. One transaction.
     *
     * @throws SeatChangedElsewhereException when a seat this edit changes is no longer as the editor read it, or
     *         a person it seats was seated elsewhere meanwhile; nothing is written then
     */
    @Transaction
    default void saveAssignmentsOver(UUID planId, SeatAssignments base, SeatAssignments next) {
        SeatRowVersion.writeOver(this, planId, base, next);
        noteSeatingChange(planId);
    }

    /** The assignments as they were at the last print of name cards (empty before the first). */
    default Map<String, UUID> printed(UUID planId) {
        return SeatAssignmentRows.readPrinted(printedRows(planId));
    }

    @Transaction
    default void savePrinted(UUID planId, Map<String, UUID> occupantBySeat) {
        deletePrinted(planId);
        if (!occupantBySeat.isEmpty()) {
            List<String> seats = new ArrayList<>(occupantBySeat.keySet());
            insertPrinted(planId, seats, seats.stream().map(occupantBySeat::get).toList());
        }
    }
}
