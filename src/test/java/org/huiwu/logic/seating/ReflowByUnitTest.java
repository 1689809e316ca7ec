package org.huiwu.logic.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.Attendee;
import org.huiwu.model.seating.BlockOptions;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.PresiderPlacement;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.seating.UnitOrder;
import org.huiwu.model.seating.UnitSections;
import org.junit.jupiter.api.Test;

/**
 * Reflow after an absence in an audience block seated by unit (decision 0012): the gap closes along
 * the unit fill order, so every unit stays together; and blocks without options reflow as before.
 * Lines are read as the audience sees them, left to right.
 */
class ReflowByUnitTest {

    private final ReflowFixture f = new ReflowFixture();

    private SeatPlan audience(List<Integer> rows, UnitSections sections) {
        return SeatPlan.empty(UUID.randomUUID(), f.meeting).withBlocks(List.of(SeatBlock.audience(UUID.randomUUID(),
                "", rows, 0).withOptions(BlockOptions.NONE.withUnits(sections, UnitOrder.PRECEDENCE))));
    }

    @Test
    void verticalUnitsStayInTheirColumnsWhenAMemberIsAbsent() {
        List<Attendee> people = f.delegates("a1:甲", "b1:乙", "a2:甲", "c1:丙", "b2:乙", "a3:甲", "c2:丙", "b3:乙");
        SeatPlan plan = audience(List.of(3, 3, 3), UnitSections.VERTICAL);
        SeatAssignments before = f.assigned(plan, people);
        assertThat(f.row(plan, before, people, 1)).containsExactly("a1", "b1", "c1");
        assertThat(f.row(plan, before, people, 3)).containsExactly("a3", "b3", "-");
        SeatAssignments after = f.reflow(plan, before, people.get(1));
        assertThat(f.row(plan, after, people, 1)).containsExactly("a1", "b2", "c2");
        assertThat(f.row(plan, after, people, 2)).containsExactly("a2", "b3", "-");
        assertThat(f.row(plan, after, people, 3)).containsExactly("a3", "c1", "-");
    }

    @Test
    void theUnitsKeepTheirOrderWhenAUnitsHighestRankIsAbsent() {
        List<Attendee> people = f.delegates("a1:甲", "b1:乙", "a2:甲", "c1:丙", "b2:乙");
        SeatPlan plan = audience(List.of(5), UnitSections.HORIZONTAL);
        SeatAssignments after = f.reflow(plan, f.assigned(plan, people), people.get(1));
        // Auto-assign from scratch would now put 丙 before 乙; the reflow only closes the gap.
        assertThat(f.row(plan, after, people, 1)).containsExactly("a1", "a2", "b2", "c1", "-");
    }

    @Test
    void horizontalUnitsCloseTheGapAlongTheirRows() {
        List<Attendee> people = f.delegates("a1:甲", "b1:乙", "b2:乙", "a2:甲", "c1:丙", "a3:甲", "c2:丙", "c3:丙");
        SeatPlan plan = audience(List.of(4, 4), UnitSections.HORIZONTAL);
        SeatAssignments after = f.reflow(plan, f.assigned(plan, people), people.get(3));
        assertThat(f.row(plan, after, people, 1)).containsExactly("a1", "a3", "b1", "b2");
        assertThat(f.row(plan, after, people, 2)).containsExactly("c1", "c2", "c3", "-");
        assertThat(after).isEqualTo(f.assignedWithout(plan, people, people.get(3)));
    }

    @Test
    void aLockedSeatInASectionedBlockIsSkippedAndKeepsItsPerson() {
        List<Attendee> people = f.delegates("a1:甲", "b1:乙", "b2:乙", "a2:甲", "c1:丙", "a3:甲", "c2:丙", "c3:丙");
        SeatPlan plan = audience(List.of(4, 4), UnitSections.HORIZONTAL);
        String locked = f.seatAt(plan, 1, 3).key();
        SeatAssignments before = f.planner.setLocked(f.assigned(plan, people), locked, true);
        SeatAssignments after = f.reflow(plan, before, people.get(3));
        assertThat(f.row(plan, after, people, 1)).containsExactly("a1", "a3", "b2", "b1");
        assertThat(f.row(plan, after, people, 2)).containsExactly("c1", "c2", "c3", "-");
        assertThat(after.lockedSeats()).containsExactly(locked);
    }

    @Test
    void blocksWithoutOptionsOrWithAPresiderByRankReflowAsBefore() {
        List<Attendee> people = new ArrayList<>(f.leaders(4));
        people.addAll(f.delegates("d1:甲", "d2:乙", "d3:甲", "d4:乙", "d5:丙"));
        SeatPlan plan = SeatPlan.empty(UUID.randomUUID(), f.meeting).withBlocks(List.of(
                SeatBlock.podium(UUID.randomUUID(), "", List.of(5)).withOptions(
                        BlockOptions.NONE.withPresider(PresiderPlacement.BY_RANK, people.get(3).id())),
                SeatBlock.audience(UUID.randomUUID(), "", List.of(3, 3), 0).withOptions(
                        BlockOptions.NONE.withPresider(PresiderPlacement.FRONT_END_LEFT, null))));
        List<PlannedSeat> seats = f.layout.seats(plan);
        SeatAssignments before = f.planner.setLocked(f.assigned(plan, people), seats.get(6).key(), true);
        for (Attendee absent : people) {
            assertThat(f.planner.reflow(plan, seats, before, absent.id()))
                    .isEqualTo(f.planner.reflow(seats, before, absent.id()));
        }
        assertThat(f.row(plan, f.planner.reflow(plan, seats, before, people.get(1).id()), people, 1))
                .containsExactly("-", "P4", "P1", "P3", "-");
    }
}
