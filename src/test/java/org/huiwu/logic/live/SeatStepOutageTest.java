package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.seating.SeatLayout;
import org.huiwu.logic.seating.SeatPlans;
import org.huiwu.logic.seating.SeatSave;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.SeatPlanDao;
import org.junit.jupiter.api.Test;

/**
 * Seat-plan steps made during a venue-server outage (decision 0038), on real H2 with a simulated cut
 * ({@link H2Outage}): a swap, an unseat and a lock are stored as made (no storage error) and show at once, each step
 * starting from the one before; when the server is back they arrive once and in order, each only over the seats as
 * they were read; a step whose seat another laptop changed meanwhile is not stored, the stored plan is kept and the
 * step counted for the status line.
 */
class SeatStepOutageTest extends OutageCase {

    @Test
    void stepsDuringACutShowAtOnceAndArriveInOrderOverTheSeatsTheyWereMadeOn() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID meeting = context.sampleMeeting().ensure();
            SeatPlans plans = new SeatPlans(outage.dao(SeatPlanDao.class), new SeatLayout(), clock, UUID::randomUUID);
            SeatPlan plan = plans.find(meeting).orElseThrow();
            SeatAssignments read = plans.assignments(plan.id());
            List<String> occupied = new ArrayList<>(read.occupantBySeat().keySet());
            String a = occupied.get(0);
            String b = occupied.get(1);
            String c = occupied.get(2);
            String d = occupied.get(3);
            SeatPlanDao server = store.dao(SeatPlanDao.class);

            outage.cut();
            SeatAssignments swapped = with(read, Map.of(a, read.occupantOf(b).orElseThrow(), b,
                    read.occupantOf(a).orElseThrow()), Set.of(), read.lockedSeats());
            SeatSave swap = plans.saveAssignmentsOver(plan.id(), read, swapped);
            SeatAssignments unseated = with(swapped, Map.of(), Set.of(c), swapped.lockedSeats());
            SeatSave unseat = plans.saveAssignmentsOver(plan.id(), swapped, unseated);
            SeatAssignments lockedAndMoved = with(unseated, Map.of(), Set.of(d), Set.of(c));
            SeatSave lock = plans.saveAssignmentsOver(plan.id(), unseated, lockedAndMoved);

            assertThat(List.of(swap, unseat, lock)).as("no storage error").allMatch(SeatSave::saved);
            assertThat(lock.stored()).as("the plan as the steps left it, at once").isEqualTo(lockedAndMoved);
            assertThat(plans.assignments(plan.id())).as("one truth on every read").isEqualTo(lockedAndMoved);
            assertThat(outage.outbox().size()).isEqualTo(3);

            server.saveAssignmentsOver(plan.id(), read, with(read, Map.of(), Set.of(d), read.lockedSeats()));
            SeatAssignments elsewhere = server.assignments(plan.id());
            outage.restore();

            assertThat(outage.send()).isEqualTo(3);
            SeatAssignments stored = server.assignments(plan.id());
            assertThat(stored.occupantOf(a)).as("the swap arrived").isEqualTo(read.occupantOf(b));
            assertThat(stored.occupantOf(b)).isEqualTo(read.occupantOf(a));
            assertThat(stored.occupantOf(c)).as("then the unseat").isEmpty();
            assertThat(stored.isLocked(c)).as("the third step, made over seat d as read, is not stored").isFalse();
            assertThat(stored.occupantOf(d)).as("the other laptop's unseat stays").isEmpty();
            assertThat(elsewhere.occupantOf(d)).isEmpty();
            assertThat(outage.keptElsewhere()).as("the refused step is reported once").isEqualTo(1);
            assertThat(outage.send()).as("nothing is sent twice").isZero();
            assertThat(plans.assignments(plan.id())).as("the laptop shows the stored plan").isEqualTo(stored);
        }
    }

    /** {@code from} with {@code seated} put in their seats (moved from wherever they sat), {@code emptied} emptied. */
    private static SeatAssignments with(SeatAssignments from, Map<String, UUID> seated, Set<String> emptied,
            Set<String> locked) {
        Map<String, UUID> occupants = new LinkedHashMap<>(from.occupantBySeat());
        occupants.keySet().removeAll(emptied);
        occupants.putAll(seated);
        return SeatAssignments.of(occupants, locked);
    }
}
