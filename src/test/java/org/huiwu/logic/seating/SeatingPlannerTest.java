package org.huiwu.logic.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Side;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.seating.TableOrientation;
import org.junit.jupiter.api.Test;

/** Auto-assign, reflow, swaps, locks and clearing, as pure functions of seats and attendees. */
class SeatingPlannerTest {

    private final SeatingPlanner planner = new SeatingPlanner();
    private final SeatLayout layout = new SeatLayout();
    private final UUID meeting = UUID.randomUUID();

    private List<Attendee> people(int leaders, int delegates) {
        List<Attendee> list = new ArrayList<>();
        for (int i = 1; i <= leaders + delegates; i++) {
            list.add(new Attendee(UUID.randomUUID(), meeting, "P" + i, "", "", i,
                    i <= leaders ? AttendeeRole.LEADER : AttendeeRole.DELEGATE, Side.NONE, CheckInStatus.EXPECTED, ""));
        }
        return list;
    }

    private List<PlannedSeat> podiumAndAudience(int podium, int audience) {
        return layout.seats(SeatPlan.empty(UUID.randomUUID(), meeting).withBlocks(List.of(
                SeatBlock.podium(UUID.randomUUID(), "", List.of(podium)),
                SeatBlock.audience(UUID.randomUUID(), "", List.of(audience), 0))));
    }

    private static String nameAt(SeatAssignments a, PlannedSeat seat, List<Attendee> people) {
        return a.occupantOf(seat.key()).flatMap(id -> people.stream().filter(p -> p.id().equals(id)).findFirst())
                .map(Attendee::name).orElse("-");
    }

    @Test
    void leadersTakeThePodiumInRankOrderAndDelegatesTheAudience() {
        List<PlannedSeat> seats = podiumAndAudience(3, 5);
        List<Attendee> people = people(3, 4);
        SeatAssignments assigned = planner.autoAssign(seats, people, SeatAssignments.none());
        assertThat(seats.stream().map(s -> nameAt(assigned, s, people)).toList())
                .containsExactly("P1", "P2", "P3", "P4", "P5", "P6", "P7", "-");
    }

    @Test
    void podiumSeatsBeyondTheLeadersStayFree() {
        List<PlannedSeat> seats = podiumAndAudience(5, 5);
        List<Attendee> people = people(2, 3);
        SeatAssignments assigned = planner.autoAssign(seats, people, SeatAssignments.none());
        assertThat(seats.stream().map(s -> nameAt(assigned, s, people)).toList())
                .containsExactly("P1", "P2", "-", "-", "-", "P3", "P4", "P5", "-", "-");
    }

    @Test
    void lockedSeatsKeepTheirPeopleAndStaffOrAbsentAreNotSeated() {
        List<PlannedSeat> seats = podiumAndAudience(3, 3);
        List<Attendee> people = new ArrayList<>(people(3, 3));
        people.set(4, people.get(4).withCheckIn(CheckInStatus.ABSENT));
        people.set(5, people.get(5).withRole(AttendeeRole.STAFF));
        SeatAssignments locked = SeatAssignments.of(Map.of(seats.get(0).key(), people.get(2).id()),
                Set.of(seats.get(0).key()));
        SeatAssignments assigned = planner.autoAssign(seats, people, locked);
        assertThat(seats.stream().map(s -> nameAt(assigned, s, people)).toList())
                .containsExactly("P3", "P1", "P2", "P4", "-", "-");
        assertThat(planner.unseated(people, assigned)).extracting(Attendee::name).containsExactly("P5", "P6");
    }

    @Test
    void moreAttendeesThanSeatsLeavesTheLowestRanksUnseated() {
        List<PlannedSeat> seats = podiumAndAudience(2, 2);
        List<Attendee> people = people(2, 5);
        SeatAssignments assigned = planner.autoAssign(seats, people, SeatAssignments.none());
        assertThat(planner.unseated(people, assigned)).extracting(Attendee::name).containsExactly("P5", "P6", "P7");
    }

    @Test
    void partiesSitOnTheirOwnSideAtTalks() {
        List<PlannedSeat> seats = layout.seats(SeatPlan.empty(UUID.randomUUID(), meeting).withBlocks(List.of(
                SeatBlock.talks(UUID.randomUUID(), "", 2, 2, TableOrientation.ACROSS_DOOR))));
        List<Attendee> people = List.of(
                new Attendee(UUID.randomUUID(), meeting, "H1", "", "", 1, AttendeeRole.LEADER, Side.HOST, CheckInStatus.EXPECTED, ""),
                new Attendee(UUID.randomUUID(), meeting, "G1", "", "", 1, AttendeeRole.GUEST, Side.GUEST, CheckInStatus.EXPECTED, ""),
                new Attendee(UUID.randomUUID(), meeting, "H2", "", "", 2, AttendeeRole.LEADER, Side.HOST, CheckInStatus.EXPECTED, ""));
        SeatAssignments assigned = planner.autoAssign(seats, people, SeatAssignments.none());
        for (PlannedSeat seat : seats) {
            assigned.occupantOf(seat.key()).ifPresent(id -> assertThat(people.stream()
                    .filter(p -> p.id().equals(id)).findFirst().orElseThrow().side()).isEqualTo(seat.party()));
        }
        assertThat(assigned.size()).isEqualTo(3);
    }

    @Test
    void reflowMovesLaterRanksUpAndLeavesLockedSeatsAlone() {
        List<PlannedSeat> seats = podiumAndAudience(1, 5);
        List<Attendee> people = people(1, 5);
        SeatAssignments assigned = planner.autoAssign(seats, people, SeatAssignments.none());
        assigned = planner.setLocked(assigned, seats.get(4).key(), true);
        SeatAssignments reflowed = planner.reflow(seats, assigned, people.get(2).id());
        assertThat(seats.stream().map(s -> nameAt(reflowed, s, people)).toList())
                .containsExactly("P1", "P2", "P4", "P6", "P5", "-");
    }

    @Test
    void placingOnAnOccupiedSeatSwapsAndSwapSeatsMovesOccupants() {
        List<PlannedSeat> seats = podiumAndAudience(1, 3);
        List<Attendee> people = people(1, 3);
        SeatAssignments assigned = planner.autoAssign(seats, people, SeatAssignments.none());
        SeatAssignments placed = planner.place(assigned, people.get(1).id(), seats.get(3).key());
        assertThat(seats.stream().map(s -> nameAt(placed, s, people)).toList()).containsExactly("P1", "P4", "P3", "P2");
        SeatAssignments swapped = planner.swapSeats(placed, seats.get(2).key(), seats.get(3).key());
        assertThat(seats.stream().map(s -> nameAt(swapped, s, people)).toList()).containsExactly("P1", "P4", "P2", "P3");
    }

    @Test
    void clearingABlockEmptiesItAndReleasesItsLocks() {
        List<PlannedSeat> seats = podiumAndAudience(2, 2);
        List<Attendee> people = people(2, 2);
        SeatAssignments assigned = planner.setLocked(planner.autoAssign(seats, people, SeatAssignments.none()),
                seats.get(0).key(), true);
        SeatAssignments cleared = planner.clearBlock(seats, assigned, seats.get(0).blockId());
        assertThat(cleared.size()).isEqualTo(2);
        assertThat(cleared.lockedSeats()).isEmpty();
    }
}
