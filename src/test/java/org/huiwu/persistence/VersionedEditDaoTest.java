package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Meeting;
import org.huiwu.model.Side;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Optimistic versions of attendees and seat assignments (decision 0031) with two stores on one database (two
 * laptops): an edit made from a read another store changed since is refused and writes nothing; edits of different
 * seats or fields both stand. Real migrations, H2 and PostgreSQL.
 */
@Tag("dao")
class VersionedEditDaoTest {

    @TempDir
    Path dataDir;

    private Database laptopA;
    private Database laptopB;
    private UUID meetingId;
    private UUID planId;
    private Attendee zhang;
    private Attendee li;

    @BeforeEach
    void open() {
        laptopA = TestStores.fresh(dataDir);
        laptopB = TestStores.fresh(dataDir);
        Meeting meeting = Meeting.blank(UUID.randomUUID(), "并发编辑", LocalDate.of(2026, 12, 7));
        laptopA.dao(MeetingDao.class).save(meeting, Instant.EPOCH);
        meetingId = meeting.id();
        zhang = new Attendee(UUID.randomUUID(), meetingId, "张三", "市政府办公室", "主任", 1, AttendeeRole.LEADER, Side.NONE,
                CheckInStatus.EXPECTED, "");
        li = new Attendee(UUID.randomUUID(), meetingId, "李四", "发改委", "副主任", 2, AttendeeRole.DELEGATE, Side.NONE,
                CheckInStatus.EXPECTED, "");
        laptopA.dao(AttendeeDao.class).save(zhang);
        laptopA.dao(AttendeeDao.class).save(li);
        SeatPlan plan = SeatPlan.empty(UUID.randomUUID(), meetingId);
        laptopA.dao(SeatPlanDao.class).save(plan, Instant.EPOCH);
        planId = plan.id();
    }

    @AfterEach
    void close() {
        if (laptopB != null) {
            laptopB.close();
        }
        if (laptopA != null) {
            laptopA.close();
        }
    }

    @Test
    void anAttendeeEditFromAnOlderVersionIsRefusedAndWritesNothing() {
        AttendeeDao a = laptopA.dao(AttendeeDao.class);
        AttendeeDao b = laptopB.dao(AttendeeDao.class);
        int read = a.findVersioned(zhang.id()).orElseThrow().version();
        assertThat(b.findVersioned(zhang.id()).orElseThrow().version()).isEqualTo(read);

        assertThat(a.saveAtVersion(zhang.withPosition("秘书长"), read, null)).isTrue();
        boolean second = b.saveAtVersion(zhang.withNotes("坐轮椅"), read, null);

        assertThat(second).isFalse();
        Versioned<Attendee> stored = b.findVersioned(zhang.id()).orElseThrow();
        assertThat(stored.record().position()).isEqualTo("秘书长");
        assertThat(stored.record().notes()).isEmpty();
        assertThat(stored.version()).isEqualTo(read + 1);
    }

    @Test
    void aCheckInAndAPrecedenceMoveCountAsNewVersionsToo() {
        AttendeeDao a = laptopA.dao(AttendeeDao.class);
        int read = a.findVersioned(zhang.id()).orElseThrow().version();

        laptopB.dao(AttendeeDao.class).updateCheckIn(zhang.id(), "ARRIVED", null);
        laptopB.dao(AttendeeDao.class).updateRanks(java.util.List.of(zhang.withRank(3)));

        assertThat(a.saveAtVersion(zhang.withName("张三丰"), read, null)).isFalse();
        assertThat(a.findVersioned(zhang.id()).orElseThrow().version()).isEqualTo(read + 2);
        assertThat(a.find(zhang.id()).orElseThrow().name()).isEqualTo("张三");
    }

    @Test
    void aSeatTakenOnTheOtherLaptopRefusesTheWholeStepAndNamesTheSeat() {
        SeatPlanDao a = laptopA.dao(SeatPlanDao.class);
        SeatPlanDao b = laptopB.dao(SeatPlanDao.class);
        SeatAssignments read = a.assignments(planId);
        a.saveAssignmentsOver(planId, read, SeatAssignments.of(Map.of("1/1/1", zhang.id()), Set.of()));

        SeatAssignments mine = SeatAssignments.of(Map.of("1/1/1", li.id(), "1/1/2", zhang.id()), Set.of("1/1/3"));
        assertThatThrownBy(() -> b.saveAssignmentsOver(planId, read, mine))
                .isInstanceOf(SeatChangedElsewhereException.class)
                .extracting(e -> ((SeatChangedElsewhereException) e).seatKey()).isIn("1/1/1", "1/1/2");

        assertThat(b.assignments(planId)).isEqualTo(SeatAssignments.of(Map.of("1/1/1", zhang.id()), Set.of()));
    }

    @Test
    void aSeatStepOnOneLaptopIsInTheOtherLaptopsFeedAndARefusedOneIsNot() {
        SeatPlanDao a = laptopA.dao(SeatPlanDao.class);
        SeatPlanDao b = laptopB.dao(SeatPlanDao.class);
        org.huiwu.logic.live.LiveFeed feedOfB = new org.huiwu.logic.live.LiveFeed(laptopB.dao(ChangeFeedDao.class),
                java.time.Clock.systemUTC(), System::nanoTime);
        assertThat(feedOfB.poll()).isEmpty();
        SeatAssignments read = a.assignments(planId);

        a.saveAssignmentsOver(planId, read, SeatAssignments.of(Map.of("1/1/1", zhang.id()), Set.of("1/1/1")));
        assertThat(feedOfB.poll()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(FeedsChanges.SEATING);
            assertThat(change.meetingId()).isEqualTo(meetingId);
            assertThat(change.recordId()).isEqualTo(planId);
        });

        assertThatThrownBy(() -> b.saveAssignmentsOver(planId, read,
                SeatAssignments.of(Map.of("1/1/1", li.id()), Set.of())))
                .isInstanceOf(SeatChangedElsewhereException.class);
        assertThat(feedOfB.poll()).as("a refused step writes no feed row").isEmpty();
    }

    @Test
    void aPersonSeatedElsewhereOnTheOtherLaptopCannotBeSeatedTwice() {
        SeatPlanDao a = laptopA.dao(SeatPlanDao.class);
        SeatPlanDao b = laptopB.dao(SeatPlanDao.class);
        SeatAssignments read = a.assignments(planId);
        a.saveAssignmentsOver(planId, read, SeatAssignments.of(Map.of("1/1/1", zhang.id()), Set.of()));

        assertThatThrownBy(() -> b.saveAssignmentsOver(planId, read,
                SeatAssignments.of(Map.of("1/1/5", zhang.id()), Set.of())))
                .isInstanceOf(SeatChangedElsewhereException.class)
                .extracting(e -> ((SeatChangedElsewhereException) e).seatKey()).isEqualTo("1/1/5");
        assertThat(b.assignments(planId).seatOf(zhang.id())).contains("1/1/1");
    }

    @Test
    void aMoveFromAnEmptiedOrLockedSeatIsRefusedWhenThatSeatChanged() {
        SeatPlanDao a = laptopA.dao(SeatPlanDao.class);
        SeatPlanDao b = laptopB.dao(SeatPlanDao.class);
        SeatAssignments seated = SeatAssignments.of(Map.of("1/1/1", zhang.id(), "1/1/2", li.id()), Set.of());
        a.saveAssignmentsOver(planId, a.assignments(planId), seated);
        SeatAssignments read = b.assignments(planId);
        a.saveAssignmentsOver(planId, seated, SeatAssignments.of(Map.of("1/1/1", zhang.id(), "1/1/2", li.id()),
                Set.of("1/1/1")));

        assertThatThrownBy(() -> b.saveAssignmentsOver(planId, read,
                SeatAssignments.of(Map.of("1/1/1", li.id(), "1/1/2", zhang.id()), Set.of())))
                .isInstanceOf(SeatChangedElsewhereException.class);
        assertThat(b.assignments(planId).occupantOf("1/1/1")).contains(zhang.id());
        assertThat(b.assignments(planId).isLocked("1/1/1")).isTrue();
    }

    @Test
    void stepsOnDifferentSeatsFromTheSameReadBothStand() {
        SeatPlanDao a = laptopA.dao(SeatPlanDao.class);
        SeatPlanDao b = laptopB.dao(SeatPlanDao.class);
        SeatAssignments seated = SeatAssignments.of(Map.of("1/1/1", zhang.id(), "1/1/2", li.id()), Set.of());
        a.saveAssignmentsOver(planId, a.assignments(planId), seated);
        SeatAssignments read = b.assignments(planId);

        a.saveAssignmentsOver(planId, read, SeatAssignments.of(Map.of("1/1/1", zhang.id(), "1/1/2", li.id()),
                Set.of("1/1/9")));
        b.saveAssignmentsOver(planId, read, SeatAssignments.of(Map.of("1/1/2", zhang.id(), "1/1/1", li.id()),
                Set.of()));

        assertThat(a.assignments(planId)).isEqualTo(SeatAssignments.of(
                Map.of("1/1/2", zhang.id(), "1/1/1", li.id()), Set.of("1/1/9")));
    }
}
