package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.huiwu.logic.live.LiveFeed;
import org.huiwu.model.Meeting;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seat plan's layout with an optimistic version (decision 0039), two stores on one database (two laptops): a
 * layout save adds a {@code SEAT_LAYOUT} row to the change feed in its own transaction, which the other store's
 * feed reads; a layout saved from a version another store changed since is refused and writes nothing (not the
 * row, not the blocks, not the feed). Real migrations, H2 and PostgreSQL.
 */
@Tag("dao")
class SeatLayoutVersionDaoTest {

    @TempDir
    Path dataDir;

    private Database laptopA;
    private Database laptopB;
    private SeatPlan plan;

    @BeforeEach
    void open() {
        laptopA = TestStores.fresh(dataDir);
        laptopB = TestStores.fresh(dataDir);
        Meeting meeting = Meeting.blank(UUID.randomUUID(), "布局并发", LocalDate.of(2026, 12, 7));
        laptopA.dao(MeetingDao.class).save(meeting, Instant.EPOCH);
        plan = SeatPlan.empty(UUID.randomUUID(), meeting.id())
                .withBlocks(List.of(SeatBlock.audience(UUID.randomUUID(), "听众席", List.of(10, 10), 0)));
        laptopA.dao(SeatPlanDao.class).save(plan, Instant.EPOCH);
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
    void aLayoutSaveIsInTheOtherLaptopsFeedAndCountsANewVersion() {
        SeatPlanDao a = laptopA.dao(SeatPlanDao.class);
        LiveFeed feedOfB = new LiveFeed(laptopB.dao(ChangeFeedDao.class), Clock.systemUTC(), System::nanoTime);
        assertThat(feedOfB.poll()).isEmpty();
        int read = a.layoutVersion(plan.id()).orElseThrow();

        SeatPlan wider = plan.withBlocks(List.of(SeatBlock.audience(plan.blocks().get(0).id(), "听众席",
                List.of(12, 12, 12), 0)));
        assertThat(a.saveLayoutOver(wider, read, Instant.EPOCH)).isEqualTo(read + 1);

        assertThat(feedOfB.poll()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(FeedsChanges.SEAT_LAYOUT);
            assertThat(change.meetingId()).isEqualTo(plan.meetingId());
            assertThat(change.recordId()).isEqualTo(plan.id());
        });
        SeatPlanDao b = laptopB.dao(SeatPlanDao.class);
        assertThat(b.layoutVersion(plan.id())).contains(read + 1);
        assertThat(b.findByMeeting(plan.meetingId()).orElseThrow().blocks().get(0).rows()).containsExactly(12, 12, 12);
    }

    @Test
    void aLayoutSavedFromAnOlderVersionIsRefusedAndWritesNothing() {
        SeatPlanDao a = laptopA.dao(SeatPlanDao.class);
        SeatPlanDao b = laptopB.dao(SeatPlanDao.class);
        int read = b.layoutVersion(plan.id()).orElseThrow();
        SeatBlock podium = SeatBlock.podium(UUID.randomUUID(), "主席台", List.of(7));
        a.saveLayoutOver(plan.withBlocks(List.of(podium, plan.blocks().get(0))), read, Instant.EPOCH);
        LiveFeed feedOfB = new LiveFeed(laptopB.dao(ChangeFeedDao.class), Clock.systemUTC(),
                System::nanoTime);
        feedOfB.poll();

        SeatPlan mine = plan.withBlocks(List.of());
        assertThatThrownBy(() -> b.saveLayoutOver(mine, read, Instant.EPOCH))
                .isInstanceOf(ConcurrentChangeException.class);

        SeatPlan stored = b.findByMeeting(plan.meetingId()).orElseThrow();
        assertThat(stored.blocks()).extracting(SeatBlock::name).containsExactly("主席台", "听众席");
        assertThat(b.layoutVersion(plan.id())).contains(read + 1);
        assertThat(feedOfB.poll()).as("a refused layout writes no feed row").isEmpty();
    }

    @Test
    void aPlanNotStoredYetIsInsertedAtVersionZero() {
        Meeting other = Meeting.blank(UUID.randomUUID(), "新布局", LocalDate.of(2026, 12, 8));
        laptopA.dao(MeetingDao.class).save(other, Instant.EPOCH);
        SeatPlan fresh = SeatPlan.empty(UUID.randomUUID(), other.id());

        assertThat(laptopB.dao(SeatPlanDao.class).saveLayoutOver(fresh, 0, Instant.EPOCH)).isZero();
        assertThat(laptopA.dao(SeatPlanDao.class).layoutVersion(fresh.id())).contains(0);
    }

    @Test
    void theSecondLaptopCreatingAMeetingsFirstPlanIsToldAndShownTheFirstOne() {
        Meeting other = Meeting.blank(UUID.randomUUID(), "同时建座次", LocalDate.of(2026, 12, 9));
        laptopA.dao(MeetingDao.class).save(other, Instant.EPOCH);
        SeatPlanDao a = laptopA.dao(SeatPlanDao.class);
        SeatPlanDao b = laptopB.dao(SeatPlanDao.class);
        assertThat(b.findByMeeting(other.id())).as("B read that the meeting has no plan").isEmpty();
        SeatPlan theirs = SeatPlan.empty(UUID.randomUUID(), other.id())
                .withBlocks(List.of(SeatBlock.audience(UUID.randomUUID(), "甲机听众席", List.of(6), 0)));
        SeatPlan mine = SeatPlan.empty(UUID.randomUUID(), other.id())
                .withBlocks(List.of(SeatBlock.podium(UUID.randomUUID(), "乙机主席台", List.of(5))));
        LiveFeed feedOfA = new LiveFeed(laptopA.dao(ChangeFeedDao.class), Clock.systemUTC(), System::nanoTime);
        feedOfA.poll();

        assertThat(a.saveLayoutOver(theirs, -1, Instant.EPOCH)).isZero();
        assertThatThrownBy(() -> b.saveLayoutOver(mine, -1, Instant.EPOCH))
                .as("the meeting's one plan, not a storage error").isInstanceOf(PlanCreatedElsewhereException.class);
        assertThat(b.findByMeeting(other.id())).contains(theirs);
        assertThat(b.layoutVersion(mine.id())).as("nothing of B's written").isEmpty();
        assertThat(feedOfA.poll()).extracting(org.huiwu.model.live.Change::recordId).containsOnly(theirs.id());

        org.huiwu.logic.seating.SeatPlans plansOfB = new org.huiwu.logic.seating.SeatPlans(b,
                new org.huiwu.logic.seating.SeatLayout(), Clock.systemUTC(), UUID::randomUUID);
        org.huiwu.logic.seating.LayoutSave refused = plansOfB.saveLayout(mine.withBlocks(List.of(
                SeatBlock.podium(UUID.randomUUID(), "乙机主席台", List.of(5)))), -1,
                org.huiwu.model.seating.SeatAssignments.none());
        assertThat(refused.saved()).isFalse();
        assertThat(refused.refusal()).isEqualTo(org.huiwu.logic.seating.LayoutSave.Refusal.PLAN_CREATED);
        assertThat(refused.version()).as("the version of the plan to show").isZero();
    }
}
