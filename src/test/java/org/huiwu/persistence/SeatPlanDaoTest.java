package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Meeting;
import org.huiwu.model.Side;
import org.huiwu.model.seating.BlockOptions;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.DoorPosition;
import org.huiwu.model.seating.InterpreterPlacement;
import org.huiwu.model.seating.PresiderPlacement;
import org.huiwu.model.seating.RowNumbering;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.seating.SeatingVariant;
import org.huiwu.model.seating.SpeakerStand;
import org.huiwu.model.seating.TableOrientation;
import org.huiwu.model.seating.UnitOrder;
import org.huiwu.model.seating.UnitSections;
import org.huiwu.model.seating.AudienceFill;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seat plans, blocks, assignments with locks and the print snapshot on real H2 with the real migrations. */
@Tag("dao")
class SeatPlanDaoTest {

    @TempDir
    Path dataDir;

    private Database database;
    private SeatPlanDao plans;
    private UUID meetingId;
    private UUID attendeeId;

    @BeforeEach
    void openDatabase() {
        database = TestStores.fresh(dataDir);
        plans = database.dao(SeatPlanDao.class);
        Meeting meeting = Meeting.blank(UUID.randomUUID(), "座次测试", LocalDate.of(2026, 11, 27));
        database.dao(MeetingDao.class).save(meeting, Instant.EPOCH);
        meetingId = meeting.id();
        attendeeId = UUID.randomUUID();
        database.dao(AttendeeDao.class).save(new Attendee(attendeeId, meetingId, "张三", "", "", 1, AttendeeRole.LEADER,
                Side.NONE, CheckInStatus.EXPECTED, ""));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void planWithItsBlocksAndRulesRoundTrips() {
        SeatPlan plan = SeatPlan.empty(UUID.randomUUID(), meetingId)
                .withRules(Convention.FOREIGN_AFFAIRS, Set.of(SeatingVariant.values()[0]), RowNumbering.RESTART_EACH_ROW,
                        AudienceFill.COLUMNS_LEFT_TO_RIGHT)
                .withDoor(DoorPosition.LEFT)
                .withBlocks(List.of(SeatBlock.podium(UUID.randomUUID(), "主席台", List.of(5, 7)),
                        SeatBlock.talks(UUID.randomUUID(), "会谈桌", 4, 5, TableOrientation.END_ON_TO_DOOR)));
        plans.save(plan, Instant.EPOCH);
        assertThat(plans.findByMeeting(meetingId)).contains(plan);

        SeatPlan fewer = plan.withBlocks(plan.blocks().subList(1, 2));
        plans.save(fewer, Instant.EPOCH);
        assertThat(plans.findByMeeting(meetingId).orElseThrow().blocks()).hasSize(1);
    }

    @Test
    void assignmentsKeepLocksIncludingLockedEmptySeats() {
        SeatPlan plan = SeatPlan.empty(UUID.randomUUID(), meetingId);
        plans.save(plan, Instant.EPOCH);
        SeatAssignments assignments = SeatAssignments.of(Map.of("b/1/1", attendeeId), Set.of("b/1/1", "b/1/2"));
        plans.saveAssignments(plan.id(), assignments);
        assertThat(plans.assignments(plan.id())).isEqualTo(assignments);

        plans.saveAssignments(plan.id(), SeatAssignments.none());
        assertThat(plans.assignments(plan.id())).isEqualTo(SeatAssignments.none());
    }

    @Test
    void printSnapshotIsReplacedWhole() {
        SeatPlan plan = SeatPlan.empty(UUID.randomUUID(), meetingId);
        plans.save(plan, Instant.EPOCH);
        plans.savePrinted(plan.id(), Map.of("b/1/1", attendeeId));
        plans.savePrinted(plan.id(), Map.of("b/1/2", attendeeId));
        assertThat(plans.printed(plan.id())).containsExactly(Map.entry("b/1/2", attendeeId));
    }

    @Test
    void aSeatIsClaimedOnlyAtTheVersionStored() {
        SeatPlan plan = SeatPlan.empty(UUID.randomUUID(), meetingId);
        plans.save(plan, Instant.EPOCH);
        plans.saveAssignments(plan.id(), SeatAssignments.of(Map.of("b/1/1", attendeeId), Set.of()));
        int stored = plans.versionedRows(plan.id()).get(0).version();
        assertThat(plans.claimSeat(plan.id(), "b/1/1", stored + 1)).as("a version not stored").isZero();
        assertThat(plans.claimSeat(plan.id(), "b/1/1", stored)).isEqualTo(1);
        assertThat(plans.versionedRows(plan.id())).containsExactly(new SeatRowVersion("b/1/1", null, false, stored + 1));
    }

    @Test
    void deletingTheMeetingDeletesItsPlan() {
        SeatPlan plan = SeatPlan.empty(UUID.randomUUID(), meetingId);
        plans.save(plan, Instant.EPOCH);
        database.dao(MeetingDao.class).delete(meetingId);
        assertThat(plans.findByMeeting(meetingId)).isEmpty();
    }

    @Test
    void blockOptionsAreStoredAndBlocksWithoutOptionsReadBackAsNone() {
        UUID podiumId = UUID.randomUUID();
        UUID audienceId = UUID.randomUUID();
        BlockOptions podiumOptions = BlockOptions.NONE.withPresider(PresiderPlacement.FRONT_END_RIGHT, attendeeId)
                .withSpeakerStand(SpeakerStand.FRONT_CENTRE);
        BlockOptions audienceOptions = BlockOptions.NONE.withUnits(UnitSections.VERTICAL, UnitOrder.PINYIN);
        SeatPlan plan = SeatPlan.empty(UUID.randomUUID(), meetingId).withBlocks(List.of(
                SeatBlock.podium(podiumId, "主席台", List.of(5)).withOptions(podiumOptions),
                SeatBlock.audience(audienceId, "", List.of(10, 10), 5).withOptions(audienceOptions),
                SeatBlock.signing(UUID.randomUUID(), "签字")));
        plans.save(plan, Instant.EPOCH);

        List<SeatBlock> read = plans.findByMeeting(meetingId).orElseThrow().blocks();
        assertThat(read.get(0).options()).isEqualTo(podiumOptions);
        assertThat(read.get(1).options()).isEqualTo(audienceOptions);
        assertThat(read.get(2).options()).isEqualTo(BlockOptions.NONE);
    }

    @Test
    void interpreterPlacementRoundTripsPerBlockAndAChangeIsStored() {
        UUID talksId = UUID.randomUUID();
        UUID receptionId = UUID.randomUUID();
        SeatPlan plan = SeatPlan.empty(UUID.randomUUID(), meetingId).withBlocks(List.of(
                SeatBlock.talks(talksId, "会谈", 3, 3, TableOrientation.ACROSS_DOOR)
                        .withOptions(BlockOptions.NONE.withInterpreters(InterpreterPlacement.BEHIND)),
                SeatBlock.reception(receptionId, "会见", 2, 2)));
        plans.save(plan, Instant.EPOCH);

        List<SeatBlock> read = plans.findByMeeting(meetingId).orElseThrow().blocks();
        assertThat(read.get(0).options().interpreters()).isEqualTo(InterpreterPlacement.BEHIND);
        assertThat(read.get(1).options().interpreters()).isEqualTo(InterpreterPlacement.STANDARD);

        plans.save(plan.withBlocks(List.of(read.get(0).withOptions(read.get(0).options()
                .withInterpreters(InterpreterPlacement.NONE)), read.get(1).withOptions(read.get(1).options()
                .withInterpreters(InterpreterPlacement.BESIDE)))), Instant.EPOCH);
        read = plans.findByMeeting(meetingId).orElseThrow().blocks();
        assertThat(read).extracting(b -> b.options().interpreters())
                .containsExactly(InterpreterPlacement.NONE, InterpreterPlacement.BESIDE);
    }
}
