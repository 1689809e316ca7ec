package org.huiwu.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.model.flow.MeetingFlow;
import org.huiwu.model.flow.PatrolRound;
import org.huiwu.model.flow.StageChange;
import org.huiwu.model.flow.WorkOrder;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Stores a meeting's flow: its work order, its flow settings (video link, patrol interval, phones,
 * attendee-list approval), its stage changes and its patrol rounds. Stage changes and patrol rounds are only
 * inserted. Thread-safe when attached on demand.
 */
@RegisterConstructorMapper(WorkOrder.class)
@RegisterConstructorMapper(MeetingFlow.class)
@RegisterConstructorMapper(StageChange.class)
@RegisterConstructorMapper(PatrolRound.class)
public interface MeetingFlowDao {

    @SqlQuery("SELECT * FROM work_order WHERE meeting_id = :meetingId")
    Optional<WorkOrder> workOrder(@Bind("meetingId") UUID meetingId);

    @SqlUpdate("DELETE FROM work_order WHERE meeting_id = :meetingId")
    void deleteWorkOrder(@Bind("meetingId") UUID meetingId);

    @SqlUpdate("""
            INSERT INTO work_order (meeting_id, room_name, start_time, end_time, expected_attendees, layout, name_cards,
                tea, towels, flowers, fruit, microphones, wireless_microphones, projectors, video_links, special_needs,
                confirmed_with, confirmed_at, confirmed_by, changed_at, changed_by)
            VALUES (:w.meetingId, :w.roomName, :w.startTime, :w.endTime, :w.expectedAttendees, :w.layout, :w.nameCards,
                :w.tea, :w.towels, :w.flowers, :w.fruit, :w.microphones, :w.wirelessMicrophones, :w.projectors,
                :w.videoLinks, :w.specialNeeds, :w.confirmedWith, :w.confirmedAt, :w.confirmedBy, :w.changedAt,
                :w.changedBy)
            """)
    void insertWorkOrder(@BindMethods("w") WorkOrder order);

    /** Replaces the meeting's work order, in one transaction. */
    @Transaction
    default void saveWorkOrder(WorkOrder order) {
        deleteWorkOrder(order.meetingId());
        insertWorkOrder(order);
    }

    @SqlQuery("SELECT * FROM meeting_flow WHERE meeting_id = :meetingId")
    Optional<MeetingFlow> flow(@Bind("meetingId") UUID meetingId);

    @SqlUpdate("DELETE FROM meeting_flow WHERE meeting_id = :meetingId")
    void deleteFlow(@Bind("meetingId") UUID meetingId);

    @SqlUpdate("""
            INSERT INTO meeting_flow (meeting_id, video_link, patrol_minutes, phones_in, phones_out, list_approved_by,
                list_approved_at, changed_at, changed_by)
            VALUES (:f.meetingId, :f.videoLink, :f.patrolMinutes, :f.phonesIn, :f.phonesOut, :f.listApprovedBy,
                :f.listApprovedAt, :f.changedAt, :f.changedBy)
            """)
    void insertFlow(@BindMethods("f") MeetingFlow flow);

    /** Replaces the meeting's flow settings, in one transaction. */
    @Transaction
    default void saveFlow(MeetingFlow flow) {
        deleteFlow(flow.meetingId());
        insertFlow(flow);
    }

    @SqlQuery("SELECT * FROM stage_change WHERE meeting_id = :meetingId ORDER BY changed_at, id")
    List<StageChange> stageChanges(@Bind("meetingId") UUID meetingId);

    @SqlUpdate("""
            INSERT INTO stage_change (id, meeting_id, from_stage, to_stage, open_items, override_reason, changed_at,
                changed_by)
            VALUES (:c.id, :c.meetingId, :c.fromStage, :c.toStage, :c.openItems, :c.overrideReason, :c.changedAt,
                :c.changedBy)
            """)
    void insertStageChange(@BindMethods("c") StageChange change);

    /** Every stage change of every meeting. */
    @SqlQuery("SELECT * FROM stage_change ORDER BY meeting_id, changed_at, id")
    List<StageChange> allChanges();

    @SqlQuery("SELECT * FROM patrol_round WHERE meeting_id = :meetingId ORDER BY round_number")
    List<PatrolRound> patrolRounds(@Bind("meetingId") UUID meetingId);

    @SqlQuery("SELECT COALESCE(MAX(round_number), 0) FROM patrol_round WHERE meeting_id = :meetingId")
    int lastRound(@Bind("meetingId") UUID meetingId);

    @SqlUpdate("""
            INSERT INTO patrol_round (id, meeting_id, round_number, patrolled_at, patrolled_by, note)
            VALUES (:p.id, :p.meetingId, :p.roundNumber, :p.patrolledAt, :p.patrolledBy, :p.note)
            """)
    void insertPatrolRound(@BindMethods("p") PatrolRound round);
}
