package org.huiwu.logic.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.seating.BlockOptions;
import org.huiwu.model.seating.PresiderPlacement;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.junit.jupiter.api.Test;

/**
 * Reflow after an absence on a podium whose presider sits by placement (decision 0012): the presider
 * keeps the seat, and an absent presider's seat is left empty. Lines are read as the audience sees
 * them, left to right.
 */
class ReflowPresiderTest {

    private final ReflowFixture f = new ReflowFixture();

    private SeatPlan podium(List<Integer> rows, PresiderPlacement placement, UUID presider) {
        return SeatPlan.empty(UUID.randomUUID(), f.meeting).withBlocks(List.of(SeatBlock.podium(UUID.randomUUID(),
                "", rows).withOptions(BlockOptions.NONE.withPresider(placement, presider))));
    }

    @Test
    void presiderAtTheRightEndStaysWhenNumberOneIsAbsent() {
        List<Attendee> people = f.leaders(5);
        SeatPlan plan = podium(List.of(5), PresiderPlacement.FRONT_END_RIGHT, people.get(4).id());
        SeatAssignments before = f.assigned(plan, people);
        assertThat(f.row(plan, before, people, 1)).containsExactly("P4", "P3", "P1", "P2", "P5");
        SeatAssignments after = f.reflow(plan, before, people.get(0));
        assertThat(f.row(plan, after, people, 1)).containsExactly("-", "P4", "P2", "P3", "P5");
        assertThat(after).isEqualTo(f.assignedWithout(plan, people, people.get(0)));
    }

    @Test
    void suggestedPresiderAtTheRightEndStaysWhenAnotherLeaderIsAbsent() {
        List<Attendee> people = f.leaders(7);
        SeatPlan plan = podium(List.of(7), PresiderPlacement.FRONT_END_RIGHT, null);
        SeatAssignments before = f.assigned(plan, people);
        assertThat(f.row(plan, before, people, 1)).containsExactly("P7", "P6", "P4", "P1", "P3", "P5", "P2");
        SeatAssignments after = f.reflow(plan, before, people.get(3));
        assertThat(f.row(plan, after, people, 1)).containsExactly("-", "P7", "P5", "P1", "P3", "P6", "P2");
        assertThat(f.row(plan, f.reflow(plan, before, people.get(0)), people, 1))
                .containsExactly("-", "P7", "P5", "P3", "P4", "P6", "P2");
    }

    @Test
    void theMarkStaysWithTheSuggestedPresiderWhenNumberOneIsAbsentAndTheRanksMoveUp() {
        List<Attendee> people = f.leaders(7);
        SeatPlan plan = podium(List.of(7), PresiderPlacement.FRONT_END_RIGHT, null);
        SeatAssignments after = f.reflow(plan, f.assigned(plan, people), people.get(0));
        List<Attendee> numberOneAbsent = people.stream()
                .map(p -> p.equals(people.get(0)) ? p.withCheckIn(CheckInStatus.ABSENT) : p).toList();
        assertThat(new PlanMarks().presiderSeats(plan, f.layout.seats(plan), after, numberOneAbsent))
                .containsExactly(f.seatAt(plan, 1, 6).key());
        assertThat(after.occupantOf(f.seatAt(plan, 1, 6).key())).contains(people.get(1).id());
    }

    @Test
    void presiderAtTheLeftEndOfATwoRowPodiumStaysAndTheBackRowMovesUp() {
        List<Attendee> people = f.leaders(6);
        SeatPlan plan = podium(List.of(3, 3), PresiderPlacement.FRONT_END_LEFT, people.get(5).id());
        SeatAssignments after = f.reflow(plan, f.assigned(plan, people), people.get(1));
        assertThat(f.row(plan, after, people, 1)).containsExactly("P6", "P1", "P3");
        assertThat(f.row(plan, after, people, 2)).containsExactly("-", "P4", "P5");
    }

    @Test
    void frontCentrePresiderKeepsTheSeatBesideNumberOne() {
        List<Attendee> people = f.leaders(7);
        SeatPlan plan = podium(List.of(7), PresiderPlacement.FRONT_CENTRE, people.get(4).id());
        SeatAssignments before = f.assigned(plan, people);
        assertThat(f.row(plan, before, people, 1)).containsExactly("P7", "P4", "P2", "P1", "P5", "P3", "P6");
        assertThat(f.row(plan, f.reflow(plan, before, people.get(0)), people, 1))
                .containsExactly("-", "P6", "P3", "P2", "P5", "P4", "P7");
    }

    @Test
    void theAbsentPresidersSeatIsLeftEmptyAndNoOneMoves() {
        List<Attendee> people = f.leaders(5);
        SeatPlan chosen = podium(List.of(5), PresiderPlacement.FRONT_END_RIGHT, people.get(4).id());
        assertThat(f.row(chosen, f.reflow(chosen, f.assigned(chosen, people), people.get(4)), people, 1))
                .containsExactly("P4", "P3", "P1", "P2", "-");
        List<Attendee> seven = f.leaders(7);
        SeatPlan suggested = podium(List.of(7), PresiderPlacement.FRONT_END_LEFT, null);
        SeatAssignments before = f.assigned(suggested, seven);
        assertThat(f.row(suggested, before, seven, 1)).containsExactly("P2", "P6", "P4", "P1", "P3", "P5", "P7");
        assertThat(f.row(suggested, f.reflow(suggested, before, seven.get(1)), seven, 1))
                .containsExactly("-", "P6", "P4", "P1", "P3", "P5", "P7");
    }

    @Test
    void aLockedPodiumSeatStaysBesideThePresider() {
        List<Attendee> people = f.leaders(5);
        SeatPlan plan = podium(List.of(5), PresiderPlacement.FRONT_END_RIGHT, people.get(4).id());
        SeatAssignments before = f.planner.setLocked(f.assigned(plan, people), f.seatAt(plan, 1, 1).key(), true);
        SeatAssignments after = f.reflow(plan, before, people.get(0));
        assertThat(f.row(plan, after, people, 1)).containsExactly("-", "P3", "P2", "P4", "P5");
        assertThat(after.lockedSeats()).containsExactly(f.seatAt(plan, 1, 1).key());
    }
}
