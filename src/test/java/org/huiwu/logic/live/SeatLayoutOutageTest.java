package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.seating.LayoutSave;
import org.huiwu.logic.seating.SeatLayout;
import org.huiwu.logic.seating.SeatPlans;
import org.huiwu.model.Meeting;
import org.huiwu.model.live.Change;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.persistence.ChangeFeedDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.FeedsChanges;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.SeatPlanDao;
import org.junit.jupiter.api.Test;

/**
 * Seat-plan layout changes during a venue-server outage and the occupants a layout change drops (decision 0041), on
 * real H2 with a simulated cut ({@link H2Outage}): a block removed and one added, and a new plan, are stored as
 * made (no storage error) and show at once on the reads the seat map and the tea board make; a seat step made on
 * the new layout is sent after it; each arrives once, over the layout version it was made from; a stale one, a new
 * plan whose meeting got a plan on another laptop, and a drop over a seat changed meanwhile are refused, the stored
 * plan kept and the refusal counted. While the server answers, a drop over a seat changed since it was seen is
 * refused with nothing written.
 */
class SeatLayoutOutageTest extends OutageCase {

    @Test
    void blocksChangedDuringACutShowAtOnceAndArriveOnceBeforeTheStepsMadeOnThem() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID meeting = context.sampleMeeting().ensure();
            SeatPlans plans = plans(outage);
            SeatPlan plan = plans.find(meeting).orElseThrow();
            SeatAssignments read = plans.assignments(plan.id());
            int version = plans.layoutVersion(plan.id());
            SeatBlock removed = occupiedBlock(plans, plan, read);
            SeatBlock added = SeatBlock.audience(UUID.randomUUID(), "加座区", List.of(6), 0);
            SeatPlan changed = plan.withBlocks(with(plan.blocks(), removed, added));
            Set<String> dropped = dropped(plans, plan, changed);
            UUID moved = read.occupantOf(dropped.stream().filter(s -> read.occupantOf(s).isPresent()).findFirst()
                    .orElseThrow()).orElseThrow();
            SeatPlanDao server = store.dao(SeatPlanDao.class);
            ChangeFeedDao feed = store.dao(ChangeFeedDao.class);
            long before = feed.last();

            outage.cut();
            LayoutSave saved = plans.saveLayout(changed, version, read);
            assertThat(saved.saved()).as("no storage error").isTrue();
            assertThat(saved.version()).isEqualTo(version + 1);
            assertThat(plans.find(meeting).orElseThrow().blocks()).as("the blocks shown at once")
                    .isEqualTo(changed.blocks());
            assertThat(plans.layoutVersion(plan.id())).isEqualTo(version + 1);
            SeatAssignments shown = plans.assignments(plan.id());
            assertThat(dropped).as("the dropped seats shown empty at once").allMatch(s -> shown.occupantOf(s).isEmpty()
                    && !shown.isLocked(s));
            String newSeat = plans.seats(changed).stream().filter(s -> s.blockId().equals(added.id())).findFirst()
                    .orElseThrow().key();
            SeatAssignments reseated = seat(shown, newSeat, moved);
            assertThat(plans.saveAssignmentsOver(plan.id(), shown, reseated).saved()).isTrue();
            assertThat(plans.assignments(plan.id())).isEqualTo(reseated);
            assertThat(server.findByMeeting(meeting).orElseThrow().blocks()).as("not on the server yet")
                    .isEqualTo(plan.blocks());
            outage.restore();

            assertThat(outage.send()).isEqualTo(2);
            assertThat(server.findByMeeting(meeting).orElseThrow()).isEqualTo(changed);
            assertThat(server.layoutVersion(plan.id())).contains(version + 1);
            assertThat(server.assignments(plan.id())).isEqualTo(reseated);
            List<String> kinds = feed.since(before, 100).stream().map(Change::kind).toList();
            assertThat(kinds).as("the layout (with its drop) before the step made on it")
                    .containsExactly(FeedsChanges.SEAT_LAYOUT, FeedsChanges.SEATING, FeedsChanges.SEATING);
            assertThat(outage.keptElsewhere()).isZero();
            assertThat(outage.send()).as("nothing sent twice").isZero();
            assertThat(server.layoutVersion(plan.id())).contains(version + 1);
        }
    }

    @Test
    void aNewPlanDuringACutShowsAtOnceAndArrivesWithTheBlocksAddedToIt() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID meeting = blankMeeting(store);
            SeatPlans plans = plans(outage);
            assertThat(plans.find(meeting)).isEmpty();

            outage.cut();
            SeatPlan fresh = plans.planOf(meeting);
            SeatPlan first = fresh.withBlocks(List.of(SeatBlock.podium(UUID.randomUUID(), "主席台", List.of(5))));
            LayoutSave created = plans.saveLayout(first, -1, SeatAssignments.none());
            assertThat(created.saved()).as("no storage error").isTrue();
            assertThat(created.version()).isZero();
            SeatPlan second = first.withBlocks(List.of(first.blocks().get(0),
                    SeatBlock.audience(UUID.randomUUID(), "听众席", List.of(8, 8), 0)));
            assertThat(plans.saveLayout(second, 0, SeatAssignments.none()).version()).isEqualTo(1);
            assertThat(plans.find(meeting)).as("shown at once").contains(second);
            assertThat(plans.layoutVersion(first.id())).isEqualTo(1);
            assertThat(plans.assignments(first.id())).isEqualTo(SeatAssignments.none());
            assertThat(plans.printed(first.id())).isEmpty();
            outage.restore();

            assertThat(outage.send()).isEqualTo(2);
            SeatPlanDao server = store.dao(SeatPlanDao.class);
            assertThat(server.findByMeeting(meeting)).contains(second);
            assertThat(server.layoutVersion(first.id())).contains(1);
            assertThat(outage.keptElsewhere()).isZero();
        }
    }

    @Test
    void aStaleLayoutAndANewPlanWhoseMeetingGotOneElsewhereAreRefusedWhenSentAndCounted() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID sample = context.sampleMeeting().ensure();
            UUID blank = blankMeeting(store);
            SeatPlans plans = plans(outage);
            SeatPlan plan = plans.find(sample).orElseThrow();
            int version = plans.layoutVersion(plan.id());
            SeatAssignments read = plans.assignments(plan.id());
            assertThat(plans.find(blank)).isEmpty();
            SeatPlanDao server = store.dao(SeatPlanDao.class);

            outage.cut();
            SeatPlan mine = plan.withDoor(plan.door() == org.huiwu.model.seating.DoorPosition.values()[0]
                    ? org.huiwu.model.seating.DoorPosition.values()[1] : org.huiwu.model.seating.DoorPosition.values()[0]);
            assertThat(plans.saveLayout(mine, version, read).saved()).isTrue();
            SeatPlan myNew = plans.planOf(blank).withBlocks(List.of(SeatBlock.podium(UUID.randomUUID(), "本机主席台",
                    List.of(3))));
            assertThat(plans.saveLayout(myNew, -1, SeatAssignments.none()).saved()).isTrue();
            SeatPlan theirs = plan.withBlocks(plan.blocks().subList(0, plan.blocks().size()));
            server.saveLayoutOver(theirs.withViewpoint(plan.viewpoint()), version, clock.instant());
            SeatPlan theirNew = SeatPlan.empty(UUID.randomUUID(), blank)
                    .withBlocks(List.of(SeatBlock.podium(UUID.randomUUID(), "他处主席台", List.of(4))));
            server.saveLayoutOver(theirNew, -1, clock.instant());
            outage.restore();

            assertThat(outage.send()).isEqualTo(2);
            assertThat(outage.keptElsewhere()).as("both refused and counted").isEqualTo(2);
            assertThat(server.findByMeeting(sample).orElseThrow().door()).as("theirs kept").isEqualTo(plan.door());
            assertThat(server.layoutVersion(plan.id())).contains(version + 1);
            assertThat(server.findByMeeting(blank)).contains(theirNew);
            assertThat(plans.find(blank)).as("the laptop shows the plan stored").contains(theirNew);
        }
    }

    @Test
    void aDropOverASeatChangedSinceItWasSeenIsRefusedWithNothingWritten() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID meeting = context.sampleMeeting().ensure();
            SeatPlans plans = plans(outage);
            SeatPlan plan = plans.find(meeting).orElseThrow();
            SeatAssignments seen = plans.assignments(plan.id());
            int version = plans.layoutVersion(plan.id());
            SeatBlock removed = occupiedBlock(plans, plan, seen);
            SeatPlan shrunk = plan.withBlocks(with(plan.blocks(), removed, null));
            String seat = dropped(plans, plan, shrunk).stream().filter(s -> seen.occupantOf(s).isPresent())
                    .findFirst().orElseThrow();
            SeatPlanDao server = store.dao(SeatPlanDao.class);
            server.saveAssignmentsOver(plan.id(), seen, unseat(seen, seat));

            LayoutSave refused = plans.saveLayout(shrunk, version, seen);
            assertThat(refused.saved()).as("online: the drop is checked against the seats as seen").isFalse();
            assertThat(refused.refusal()).isEqualTo(LayoutSave.Refusal.SEAT_CHANGED);
            assertThat(refused.seatKey()).isEqualTo(seat);
            assertThat(server.layoutVersion(plan.id())).as("nothing written").contains(version);
            assertThat(server.findByMeeting(meeting).orElseThrow().blocks()).isEqualTo(plan.blocks());

            SeatAssignments now = plans.assignments(plan.id());
            outage.cut();
            assertThat(plans.saveLayout(shrunk, version, now).saved()).isTrue();
            String other = dropped(plans, plan, shrunk).stream().filter(s -> now.occupantOf(s).isPresent())
                    .findFirst().orElseThrow();
            server.saveAssignmentsOver(plan.id(), now, unseat(now, other));
            outage.restore();

            assertThat(outage.send()).isEqualTo(1);
            assertThat(outage.keptElsewhere()).as("queued: refused when sent and counted").isEqualTo(1);
            assertThat(server.layoutVersion(plan.id())).contains(version);
            assertThat(server.findByMeeting(meeting).orElseThrow().blocks()).isEqualTo(plan.blocks());
        }
    }

    private SeatPlans plans(H2Outage outage) {
        return new SeatPlans(outage.dao(SeatPlanDao.class), new SeatLayout(), clock, UUID::randomUUID);
    }

    private static UUID blankMeeting(Database store) {
        Meeting meeting = Meeting.blank(UUID.randomUUID(), "离线座次", LocalDate.of(2026, 11, 27));
        store.dao(MeetingDao.class).save(meeting, Instant.EPOCH);
        return meeting.id();
    }

    /** The last block with someone seated in it (not the only block). */
    private static SeatBlock occupiedBlock(SeatPlans plans, SeatPlan plan, SeatAssignments read) {
        SeatBlock found = null;
        for (SeatBlock block : plan.blocks()) {
            boolean seated = plans.seats(plan).stream().filter(s -> s.blockId().equals(block.id()))
                    .anyMatch(s -> read.occupantOf(s.key()).isPresent());
            if (seated && block != plan.blocks().get(0)) {
                found = block;
            }
        }
        return found;
    }

    private static List<SeatBlock> with(List<SeatBlock> blocks, SeatBlock removed, SeatBlock added) {
        List<SeatBlock> changed = new ArrayList<>(blocks);
        changed.remove(removed);
        if (added != null) {
            changed.add(added);
        }
        return changed;
    }

    private static Set<String> dropped(SeatPlans plans, SeatPlan from, SeatPlan to) {
        Set<String> keys = new HashSet<>(plans.seats(from).stream().map(PlannedSeat::key).toList());
        plans.seats(to).forEach(s -> keys.remove(s.key()));
        return keys;
    }

    private static SeatAssignments seat(SeatAssignments from, String seat, UUID person) {
        Map<String, UUID> occupants = new LinkedHashMap<>(from.occupantBySeat());
        occupants.values().remove(person);
        occupants.put(seat, person);
        return SeatAssignments.of(occupants, from.lockedSeats());
    }

    private static SeatAssignments unseat(SeatAssignments from, String seat) {
        Map<String, UUID> occupants = new LinkedHashMap<>(from.occupantBySeat());
        occupants.remove(seat);
        return SeatAssignments.of(occupants, from.lockedSeats());
    }
}
