package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.seating.LayoutSave;
import org.huiwu.logic.seating.SeatLayout;
import org.huiwu.logic.seating.SeatPlans;
import org.huiwu.model.Meeting;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.SeatPlanDao;
import org.junit.jupiter.api.Test;

/**
 * A seat plan made during a venue-server outage for a meeting whose seating this laptop never read (decision 0043),
 * on real H2 with a simulated cut ({@link H2Outage}). Before 0043 the seating screen's first read of the meeting's
 * plan failed with the storage message, so no plan could be made. Now the meeting's plan reads as "none made here
 * yet": the attendant makes one, it shows at once and is sent once; when another laptop stored a plan for the
 * meeting meanwhile, the first stored wins (decision 0041): this one is refused, counted, and the stored plan shown.
 */
class UnreadSeatPlanOutageTest extends OutageCase {

    @Test
    void aPlanMadeForAMeetingWhoseSeatingWasNeverReadShowsAtOnceAndIsSentOnce() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID meeting = blankMeeting(store);
            SeatPlans plans = plans(outage);

            outage.cut();
            assertThat(plans.find(meeting)).as("never read: no plan made here yet, not a storage error").isEmpty();
            SeatPlan first = plans.planOf(meeting)
                    .withBlocks(List.of(SeatBlock.podium(UUID.randomUUID(), "主席台", List.of(5))));
            LayoutSave created = plans.saveLayout(first, -1, SeatAssignments.none());
            assertThat(created.saved()).isTrue();
            assertThat(plans.find(meeting)).as("shown at once").contains(first);
            assertThat(plans.assignments(first.id())).isEqualTo(SeatAssignments.none());

            outage.restore();
            assertThat(outage.send()).isEqualTo(1);
            assertThat(store.dao(SeatPlanDao.class).findByMeeting(meeting)).contains(first);
            assertThat(outage.keptElsewhere()).isZero();
            assertThat(outage.send()).isZero();
        }
    }

    @Test
    void aPlanStoredElsewhereMeanwhileWinsAndTheLaptopShowsIt() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID meeting = blankMeeting(store);
            SeatPlans plans = plans(outage);
            SeatPlanDao server = store.dao(SeatPlanDao.class);

            outage.cut();
            SeatPlan mine = plans.planOf(meeting)
                    .withBlocks(List.of(SeatBlock.podium(UUID.randomUUID(), "本机主席台", List.of(3))));
            assertThat(plans.saveLayout(mine, -1, SeatAssignments.none()).saved()).isTrue();
            SeatPlan theirs = SeatPlan.empty(UUID.randomUUID(), meeting)
                    .withBlocks(List.of(SeatBlock.podium(UUID.randomUUID(), "他处主席台", List.of(4))));
            server.saveLayoutOver(theirs, -1, clock.instant());
            outage.restore();

            assertThat(outage.send()).isEqualTo(1);
            assertThat(outage.keptElsewhere()).as("refused and counted").isEqualTo(1);
            assertThat(server.findByMeeting(meeting)).contains(theirs);
            assertThat(plans.find(meeting)).as("the laptop shows the plan stored").contains(theirs);
        }
    }

    private SeatPlans plans(H2Outage outage) {
        return new SeatPlans(outage.dao(SeatPlanDao.class), new SeatLayout(), clock, UUID::randomUUID);
    }

    private static UUID blankMeeting(Database store) {
        Meeting meeting = Meeting.blank(UUID.randomUUID(), "从未打开座次的会议", LocalDate.of(2026, 11, 27));
        store.dao(MeetingDao.class).save(meeting, Instant.EPOCH);
        return meeting.id();
    }
}
