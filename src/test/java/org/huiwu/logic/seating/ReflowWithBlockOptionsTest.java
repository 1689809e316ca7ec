package org.huiwu.logic.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Side;
import org.huiwu.model.seating.BlockOptions;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.PresiderPlacement;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.seating.UnitOrder;
import org.huiwu.model.seating.UnitSections;
import org.junit.jupiter.api.Test;

/**
 * Reflow after an absence with block options (decision 0012): a presider seated by placement keeps
 * the seat, and an audience block seated by unit closes the gap in its unit fill order. Lines are
 * read as the audience sees them, left to right.
 */
class ReflowWithBlockOptionsTest {

    private final SeatingPlanner planner = new SeatingPlanner();
    private final SeatLayout layout = new SeatLayout();
    private final UUID meeting = UUID.randomUUID();

    private Attendee person(String name, String unit, int rank, AttendeeRole role) {
        return new Attendee(UUID.randomUUID(), meeting, name, unit, "", rank, role, Side.NONE, CheckInStatus.EXPECTED,
                "");
    }

    private List<Attendee> leaders(int count) {
        List<Attendee> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            list.add(person("P" + i, "", i, AttendeeRole.LEADER));
        }
        return list;
    }

    private List<Attendee> delegates(String... nameAndUnit) {
        List<Attendee> list = new ArrayList<>();
        for (int i = 0; i < nameAndUnit.length; i++) {
            String[] parts = nameAndUnit[i].split(":");
            list.add(person(parts[0], parts.length > 1 ? parts[1] : "", i + 1, AttendeeRole.DELEGATE));
        }
        return list;
    }

    private SeatPlan podium(List<Integer> rows, PresiderPlacement placement, UUID presider) {
        return SeatPlan.empty(UUID.randomUUID(), meeting).withBlocks(List.of(SeatBlock.podium(UUID.randomUUID(), "",
                rows).withOptions(BlockOptions.NONE.withPresider(placement, presider))));
    }

    private SeatPlan audience(List<Integer> rows, UnitSections sections) {
        return SeatPlan.empty(UUID.randomUUID(), meeting).withBlocks(List.of(SeatBlock.audience(UUID.randomUUID(),
                "", rows, 0).withOptions(BlockOptions.NONE.withUnits(sections, UnitOrder.PRECEDENCE))));
    }

    private SeatAssignments assigned(SeatPlan plan, List<Attendee> people) {
        return planner.autoAssign(plan, layout.seats(plan), people, SeatAssignments.none());
    }

    private SeatAssignments reflow(SeatPlan plan, SeatAssignments current, Attendee absent) {
        return planner.reflow(plan, layout.seats(plan), current, absent.id());
    }

    /** What auto-assign gives from scratch once {@code absent} is marked absent. */
    private SeatAssignments assignedWithout(SeatPlan plan, List<Attendee> people, Attendee absent) {
        List<Attendee> marked = people.stream()
                .map(p -> p.equals(absent) ? p.withCheckIn(CheckInStatus.ABSENT) : p).toList();
        return assigned(plan, marked);
    }

    private List<String> row(SeatPlan plan, SeatAssignments assignments, List<Attendee> people, int row) {
        return layout.seats(plan).stream().filter(s -> s.row() == row)
                .sorted(Comparator.comparingDouble(PlannedSeat::x))
                .map(s -> assignments.occupantOf(s.key()).flatMap(id -> people.stream()
                        .filter(p -> p.id().equals(id)).findFirst()).map(Attendee::name).orElse("-"))
                .toList();
    }

    private PlannedSeat seatAt(SeatPlan plan, int row, int fromLeft) {
        return layout.seats(plan).stream().filter(s -> s.row() == row)
                .sorted(Comparator.comparingDouble(PlannedSeat::x)).toList().get(fromLeft);
    }

    @Test
    void presiderAtTheRightEndStaysWhenNumberOneIsAbsent() {
        List<Attendee> people = leaders(5);
        SeatPlan plan = podium(List.of(5), PresiderPlacement.FRONT_END_RIGHT, people.get(4).id());
        SeatAssignments before = assigned(plan, people);
        assertThat(row(plan, before, people, 1)).containsExactly("P4", "P3", "P1", "P2", "P5");
        SeatAssignments after = reflow(plan, before, people.get(0));
        assertThat(row(plan, after, people, 1)).containsExactly("-", "P4", "P2", "P3", "P5");
        assertThat(after).isEqualTo(assignedWithout(plan, people, people.get(0)));
    }

    @Test
    void suggestedPresiderAtTheRightEndStaysWhenAnotherLeaderIsAbsent() {
        List<Attendee> people = leaders(7);
        SeatPlan plan = podium(List.of(7), PresiderPlacement.FRONT_END_RIGHT, null);
        SeatAssignments before = assigned(plan, people);
        assertThat(row(plan, before, people, 1)).containsExactly("P7", "P6", "P4", "P1", "P3", "P5", "P2");
        SeatAssignments after = reflow(plan, before, people.get(3));
        assertThat(row(plan, after, people, 1)).containsExactly("-", "P7", "P5", "P1", "P3", "P6", "P2");
        assertThat(row(plan, reflow(plan, before, people.get(0)), people, 1))
                .containsExactly("-", "P7", "P5", "P3", "P4", "P6", "P2");
    }

    @Test
    void presiderAtTheLeftEndOfATwoRowPodiumStaysAndTheBackRowMovesUp() {
        List<Attendee> people = leaders(6);
        SeatPlan plan = podium(List.of(3, 3), PresiderPlacement.FRONT_END_LEFT, people.get(5).id());
        SeatAssignments after = reflow(plan, assigned(plan, people), people.get(1));
        assertThat(row(plan, after, people, 1)).containsExactly("P6", "P1", "P3");
        assertThat(row(plan, after, people, 2)).containsExactly("-", "P4", "P5");
    }

    @Test
    void frontCentrePresiderKeepsTheSeatBesideNumberOne() {
        List<Attendee> people = leaders(7);
        SeatPlan plan = podium(List.of(7), PresiderPlacement.FRONT_CENTRE, people.get(4).id());
        SeatAssignments before = assigned(plan, people);
        assertThat(row(plan, before, people, 1)).containsExactly("P7", "P4", "P2", "P1", "P5", "P3", "P6");
        assertThat(row(plan, reflow(plan, before, people.get(0)), people, 1))
                .containsExactly("-", "P6", "P3", "P2", "P5", "P4", "P7");
    }

    @Test
    void theAbsentPresidersSeatIsLeftEmptyAndNoOneMoves() {
        List<Attendee> people = leaders(5);
        SeatPlan chosen = podium(List.of(5), PresiderPlacement.FRONT_END_RIGHT, people.get(4).id());
        assertThat(row(chosen, reflow(chosen, assigned(chosen, people), people.get(4)), people, 1))
                .containsExactly("P4", "P3", "P1", "P2", "-");
        List<Attendee> seven = leaders(7);
        SeatPlan suggested = podium(List.of(7), PresiderPlacement.FRONT_END_LEFT, null);
        SeatAssignments before = assigned(suggested, seven);
        assertThat(row(suggested, before, seven, 1)).containsExactly("P2", "P6", "P4", "P1", "P3", "P5", "P7");
        assertThat(row(suggested, reflow(suggested, before, seven.get(1)), seven, 1))
                .containsExactly("-", "P6", "P4", "P1", "P3", "P5", "P7");
    }

    @Test
    void aLockedPodiumSeatStaysBesideThePresider() {
        List<Attendee> people = leaders(5);
        SeatPlan plan = podium(List.of(5), PresiderPlacement.FRONT_END_RIGHT, people.get(4).id());
        SeatAssignments before = planner.setLocked(assigned(plan, people), seatAt(plan, 1, 1).key(), true);
        SeatAssignments after = reflow(plan, before, people.get(0));
        assertThat(row(plan, after, people, 1)).containsExactly("-", "P3", "P2", "P4", "P5");
        assertThat(after.lockedSeats()).containsExactly(seatAt(plan, 1, 1).key());
    }

    @Test
    void verticalUnitsStayInTheirColumnsWhenAMemberIsAbsent() {
        List<Attendee> people = delegates("a1:甲", "b1:乙", "a2:甲", "c1:丙", "b2:乙", "a3:甲", "c2:丙", "b3:乙");
        SeatPlan plan = audience(List.of(3, 3, 3), UnitSections.VERTICAL);
        SeatAssignments before = assigned(plan, people);
        assertThat(row(plan, before, people, 1)).containsExactly("a1", "b1", "c1");
        assertThat(row(plan, before, people, 3)).containsExactly("a3", "b3", "-");
        SeatAssignments after = reflow(plan, before, people.get(1));
        assertThat(row(plan, after, people, 1)).containsExactly("a1", "b2", "c2");
        assertThat(row(plan, after, people, 2)).containsExactly("a2", "b3", "-");
        assertThat(row(plan, after, people, 3)).containsExactly("a3", "c1", "-");
    }

    @Test
    void theUnitsKeepTheirOrderWhenAUnitsHighestRankIsAbsent() {
        List<Attendee> people = delegates("a1:甲", "b1:乙", "a2:甲", "c1:丙", "b2:乙");
        SeatPlan plan = audience(List.of(5), UnitSections.HORIZONTAL);
        SeatAssignments after = reflow(plan, assigned(plan, people), people.get(1));
        // Auto-assign from scratch would now put 丙 before 乙; the reflow only closes the gap.
        assertThat(row(plan, after, people, 1)).containsExactly("a1", "a2", "b2", "c1", "-");
    }

    @Test
    void horizontalUnitsCloseTheGapAlongTheirRows() {
        List<Attendee> people = delegates("a1:甲", "b1:乙", "b2:乙", "a2:甲", "c1:丙", "a3:甲", "c2:丙", "c3:丙");
        SeatPlan plan = audience(List.of(4, 4), UnitSections.HORIZONTAL);
        SeatAssignments after = reflow(plan, assigned(plan, people), people.get(3));
        assertThat(row(plan, after, people, 1)).containsExactly("a1", "a3", "b1", "b2");
        assertThat(row(plan, after, people, 2)).containsExactly("c1", "c2", "c3", "-");
        assertThat(after).isEqualTo(assignedWithout(plan, people, people.get(3)));
    }

    @Test
    void aLockedSeatInASectionedBlockIsSkippedAndKeepsItsPerson() {
        List<Attendee> people = delegates("a1:甲", "b1:乙", "b2:乙", "a2:甲", "c1:丙", "a3:甲", "c2:丙", "c3:丙");
        SeatPlan plan = audience(List.of(4, 4), UnitSections.HORIZONTAL);
        String locked = seatAt(plan, 1, 3).key();
        SeatAssignments before = planner.setLocked(assigned(plan, people), locked, true);
        SeatAssignments after = reflow(plan, before, people.get(3));
        assertThat(row(plan, after, people, 1)).containsExactly("a1", "a3", "b2", "b1");
        assertThat(row(plan, after, people, 2)).containsExactly("c1", "c2", "c3", "-");
        assertThat(after.lockedSeats()).containsExactly(locked);
    }

    @Test
    void blocksWithoutOptionsOrWithAPresiderByRankReflowAsBefore() {
        List<Attendee> people = new ArrayList<>(leaders(4));
        people.addAll(delegates("d1:甲", "d2:乙", "d3:甲", "d4:乙", "d5:丙"));
        SeatPlan plan = SeatPlan.empty(UUID.randomUUID(), meeting).withBlocks(List.of(
                SeatBlock.podium(UUID.randomUUID(), "", List.of(5)).withOptions(
                        BlockOptions.NONE.withPresider(PresiderPlacement.BY_RANK, people.get(3).id())),
                SeatBlock.audience(UUID.randomUUID(), "", List.of(3, 3), 0).withOptions(
                        BlockOptions.NONE.withPresider(PresiderPlacement.FRONT_END_LEFT, null))));
        List<PlannedSeat> seats = layout.seats(plan);
        SeatAssignments before = planner.setLocked(assigned(plan, people), seats.get(6).key(), true);
        for (Attendee absent : people) {
            assertThat(planner.reflow(plan, seats, before, absent.id()))
                    .isEqualTo(planner.reflow(seats, before, absent.id()));
        }
        SeatAssignments after = planner.reflow(plan, seats, before, people.get(1).id());
        assertThat(seats.stream().filter(s -> s.row() == 1 && s.blockId().equals(seats.get(0).blockId()))
                .sorted(Comparator.comparingDouble(PlannedSeat::x))
                .map(s -> after.occupantOf(s.key()).map(id -> people.stream().filter(p -> p.id().equals(id))
                        .findFirst().orElseThrow().name()).orElse("-")).toList())
                .containsExactly("-", "P4", "P1", "P3", "-");
    }
}
