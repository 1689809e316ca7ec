package org.huiwu.logic.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Auto-assign with block options (decision 0012): the presider's seat on the podium, and audience
 * blocks seated by unit. Lines are read as the audience sees them, left to right.
 */
class PresiderAndUnitSeatingTest {

    private final SeatingPlanner planner = new SeatingPlanner();
    private final SeatLayout layout = new SeatLayout();
    private final UUID meeting = UUID.randomUUID();

    private List<Attendee> leaders(int count) {
        List<Attendee> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            list.add(person("P" + i, "", i, AttendeeRole.LEADER));
        }
        return list;
    }

    private Attendee person(String name, String unit, int rank, AttendeeRole role) {
        return new Attendee(UUID.randomUUID(), meeting, name, unit, "", rank, role, Side.NONE, CheckInStatus.EXPECTED,
                "");
    }

    private SeatPlan podium(List<Integer> rows, PresiderPlacement placement, UUID presider) {
        return SeatPlan.empty(UUID.randomUUID(), meeting).withBlocks(List.of(SeatBlock.podium(UUID.randomUUID(), "",
                rows).withOptions(BlockOptions.NONE.withPresider(placement, presider))));
    }

    private List<String> row(SeatPlan plan, List<Attendee> people, SeatAssignments current, int row) {
        List<PlannedSeat> seats = layout.seats(plan);
        SeatAssignments assigned = planner.autoAssign(plan, seats, people, current);
        return seats.stream().filter(s -> s.row() == row).sorted(Comparator.comparingDouble(PlannedSeat::x))
                .map(s -> assigned.occupantOf(s.key()).flatMap(id -> people.stream().filter(p -> p.id().equals(id))
                        .findFirst()).map(Attendee::name).orElse("-"))
                .toList();
    }

    @Test
    void frontCentrePresiderTakesTheSeatNextToNumberOneAndTheOthersMoveOut() {
        List<Attendee> people = leaders(7);
        SeatPlan plan = podium(List.of(7), PresiderPlacement.FRONT_CENTRE, people.get(4).id());
        // R-POD for 7 (AUD): 7 5 3 1 2 4 6; P5 presides from No.2's seat, P2… move one seat out.
        assertThat(row(plan, people, SeatAssignments.none(), 1))
                .containsExactly("P7", "P4", "P2", "P1", "P5", "P3", "P6");
    }

    @Test
    void frontCentreWhenNumberOnePresidesIsTheRankOrder() {
        List<Attendee> people = leaders(6);
        SeatPlan plan = podium(List.of(6), PresiderPlacement.FRONT_CENTRE, people.get(0).id());
        assertThat(row(plan, people, SeatAssignments.none(), 1)).containsExactly("P5", "P3", "P1", "P2", "P4", "P6");
    }

    @Test
    void withoutAChoiceTheNumberTwoPresidesFromTheChosenEnd() {
        List<Attendee> people = leaders(5);
        SeatPlan plan = podium(List.of(5), PresiderPlacement.FRONT_END_RIGHT, null);
        // R-POD for 5 (AUD): 5 3 1 2 4; P2 takes the right end, the others keep the rank order.
        assertThat(row(plan, people, SeatAssignments.none(), 1)).containsExactly("P5", "P4", "P1", "P3", "P2");
    }

    @Test
    void presiderAtTheLeftEndStaysInTheFrontRowOfATwoRowPodium() {
        List<Attendee> people = leaders(6);
        SeatPlan plan = podium(List.of(3, 3), PresiderPlacement.FRONT_END_LEFT, people.get(5).id());
        assertThat(row(plan, people, SeatAssignments.none(), 1)).containsExactly("P6", "P1", "P2");
        assertThat(row(plan, people, SeatAssignments.none(), 2)).containsExactly("P5", "P3", "P4");
    }

    @Test
    void aLockedSeatIsKeptAndThePresiderThenSitsByRank() {
        List<Attendee> people = leaders(5);
        SeatPlan plan = podium(List.of(5), PresiderPlacement.FRONT_END_RIGHT, people.get(4).id());
        PlannedSeat rightEnd = layout.seats(plan).stream().max(Comparator.comparingDouble(PlannedSeat::x))
                .orElseThrow();
        SeatAssignments locked = SeatAssignments.of(Map.of(rightEnd.key(), people.get(2).id()),
                Set.of(rightEnd.key()));
        assertThat(row(plan, people, locked, 1)).containsExactly("P5", "P4", "P1", "P2", "P3");
    }

    @Test
    void theSuggestedPresiderIsTheSecondLeaderAndNeverStaff() {
        Presiders presiders = new Presiders();
        List<Attendee> people = new ArrayList<>(List.of(person("S", "", 1, AttendeeRole.STAFF),
                person("A", "", 2, AttendeeRole.DELEGATE), person("L1", "", 3, AttendeeRole.LEADER),
                person("L2", "", 4, AttendeeRole.LEADER)));
        assertThat(presiders.suggestion(people)).contains(people.get(3).id());
        SeatBlock byRank = SeatBlock.podium(UUID.randomUUID(), "", List.of(3));
        assertThat(presiders.presiderOf(byRank, people)).isEmpty();
        assertThat(presiders.presiderOf(byRank.withOptions(BlockOptions.NONE.withPresider(PresiderPlacement.BY_RANK,
                people.get(2).id())), people)).contains(people.get(2).id());
    }

    private SeatPlan audience(List<Integer> rows, UnitSections sections, UnitOrder order, Convention convention) {
        SeatPlan plan = SeatPlan.empty(UUID.randomUUID(), meeting).withBlocks(List.of(SeatBlock.audience(
                UUID.randomUUID(), "", rows, 0).withOptions(BlockOptions.NONE.withUnits(sections, order))));
        return plan.withRules(convention, plan.variants(), plan.rowNumbering(), plan.audienceFill());
    }

    private List<Attendee> delegates(String... nameAndUnit) {
        List<Attendee> list = new ArrayList<>();
        for (int i = 0; i < nameAndUnit.length; i++) {
            String[] parts = nameAndUnit[i].split(":");
            list.add(person(parts[0], parts.length > 1 ? parts[1] : "", i + 1, AttendeeRole.DELEGATE));
        }
        return list;
    }

    @Test
    void horizontalSectionsFillRowsFrontToBackFromTheHonouredLeftInUnitPrecedenceOrder() {
        List<Attendee> people = delegates("a1:甲", "b1:乙", "b2:乙", "a2:甲", "c1:丙", "a3:甲", "c2:丙", "c3:丙");
        SeatPlan plan = audience(List.of(4, 4), UnitSections.HORIZONTAL, UnitOrder.PRECEDENCE, Convention.GOVERNMENT);
        assertThat(row(plan, people, SeatAssignments.none(), 1)).containsExactly("a1", "a2", "a3", "b1");
        assertThat(row(plan, people, SeatAssignments.none(), 2)).containsExactly("b2", "c1", "c2", "c3");
    }

    @Test
    void foreignAffairsSectionsStartOnTheRight() {
        List<Attendee> people = delegates("a1:甲", "b1:乙", "a2:甲");
        SeatPlan plan = audience(List.of(3), UnitSections.HORIZONTAL, UnitOrder.PRECEDENCE,
                Convention.FOREIGN_AFFAIRS);
        assertThat(row(plan, people, SeatAssignments.none(), 1)).containsExactly("b1", "a2", "a1");
    }

    @Test
    void verticalSectionsTakeColumnsLeftToRightWithUnitsInPinyinOrder() {
        List<Attendee> people = delegates("n1:南通市", "h1:海门区", "c1:崇川区", "n2:南通市", "x1", "h2:海门区");
        SeatPlan plan = audience(List.of(2, 2, 2), UnitSections.VERTICAL, UnitOrder.PINYIN, Convention.GOVERNMENT);
        // 崇川 (chong) < 海门 (hai) < 南通 (nan); people without a unit come last.
        assertThat(row(plan, people, SeatAssignments.none(), 1)).containsExactly("c1", "n1");
        assertThat(row(plan, people, SeatAssignments.none(), 2)).containsExactly("h1", "n2");
        assertThat(row(plan, people, SeatAssignments.none(), 3)).containsExactly("h2", "x1");
    }

    @Test
    void unitSectionsKeepLockedSeatsAndSeatEachPersonOnce() {
        List<Attendee> people = delegates("a1:甲", "b1:乙", "a2:甲", "b2:乙");
        SeatPlan plan = audience(List.of(4), UnitSections.HORIZONTAL, UnitOrder.PRECEDENCE, Convention.GOVERNMENT);
        PlannedSeat leftmost = layout.seats(plan).stream().min(Comparator.comparingDouble(PlannedSeat::x))
                .orElseThrow();
        SeatAssignments locked = SeatAssignments.of(Map.of(leftmost.key(), people.get(3).id()),
                Set.of(leftmost.key()));
        assertThat(row(plan, people, locked, 1)).containsExactly("b2", "a1", "a2", "b1");
    }
}
