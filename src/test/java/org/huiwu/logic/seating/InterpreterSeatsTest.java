package org.huiwu.logic.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Side;
import org.huiwu.model.seating.BlockOptions;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.InterpreterPlacement;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.seating.TableOrientation;
import org.junit.jupiter.api.Test;

/**
 * Interpreter seats at talks and receptions (decision 0027, session 5): where the layout puts them for
 * each placement, and that auto-assign and reflow give them to interpreters and to no one else.
 */
class InterpreterSeatsTest {

    private final SeatLayout layout = new SeatLayout();
    private final SeatingPlanner planner = new SeatingPlanner();
    private final UUID meeting = UUID.randomUUID();
    private final UUID blockId = UUID.randomUUID();

    private SeatPlan plan(Convention convention, SeatBlock block) {
        SeatPlan plan = SeatPlan.empty(UUID.randomUUID(), meeting).withBlocks(List.of(block));
        return plan.withRules(convention, plan.variants(), plan.rowNumbering(), plan.audienceFill());
    }

    private SeatBlock talks(InterpreterPlacement placement) {
        return SeatBlock.talks(blockId, "会谈", 3, 3, TableOrientation.ACROSS_DOOR)
                .withOptions(BlockOptions.NONE.withInterpreters(placement));
    }

    private SeatBlock reception(InterpreterPlacement placement) {
        return SeatBlock.reception(blockId, "会见", 3, 3).withOptions(BlockOptions.NONE.withInterpreters(placement));
    }

    private static PlannedSeat principal(List<PlannedSeat> seats, Side party, int rankInParty) {
        return seats.stream().filter(s -> !s.interpreter() && s.party() == party).toList().get(rankInParty - 1);
    }

    private static PlannedSeat interpreterSeat(List<PlannedSeat> seats, Side party) {
        return seats.stream().filter(s -> s.interpreter() && s.party() == party).findFirst().orElseThrow();
    }

    @Test
    void foreignAffairsTalksSeatTheInterpretersBesideTheChiefsByDefault() {
        List<PlannedSeat> seats = layout.seats(plan(Convention.FOREIGN_AFFAIRS, talks(InterpreterPlacement.STANDARD)));
        assertThat(seats).hasSize(8);
        PlannedSeat host = principal(seats, Side.HOST, 1);
        PlannedSeat hostTwo = principal(seats, Side.HOST, 2);
        PlannedSeat hostInterpreter = interpreterSeat(seats, Side.HOST);
        // The host sits with the back to the door facing up the plan: their right is the plan's right.
        assertThat(hostInterpreter.y()).isEqualTo(host.y());
        assertThat(hostInterpreter.x()).isEqualTo(host.x() + 1);
        // Foreign affairs seats No.2 on the chief's right; the interpreter sits between them.
        assertThat(hostTwo.x()).isEqualTo(host.x() + 2);
        // The chief guest faces the door, down the plan: their left is the plan's right too.
        PlannedSeat guest = principal(seats, Side.GUEST, 1);
        PlannedSeat guestInterpreter = interpreterSeat(seats, Side.GUEST);
        assertThat(guestInterpreter.y()).isEqualTo(guest.y());
        assertThat(guestInterpreter.x()).isEqualTo(guest.x() + 1);
        assertThat(seats.subList(6, 8)).allMatch(PlannedSeat::interpreter);
    }

    @Test
    void foreignAffairsReceptionSeatsTheInterpretersBehindThePrincipalsByDefault() {
        List<PlannedSeat> seats = layout.seats(plan(Convention.FOREIGN_AFFAIRS,
                reception(InterpreterPlacement.STANDARD)));
        List<PlannedSeat> none = layout.seats(plan(Convention.FOREIGN_AFFAIRS, reception(InterpreterPlacement.NONE)));
        assertThat(seats).hasSize(8);
        for (Side party : List.of(Side.HOST, Side.GUEST)) {
            PlannedSeat chief = principal(seats, party, 1);
            PlannedSeat interpreter = interpreterSeat(seats, party);
            assertThat(interpreter.y()).isLessThan(chief.y());
            assertThat(Math.signum(interpreter.x())).isEqualTo(Math.signum(chief.x()));
        }
        // Behind the sofas: the semicircle itself is the one without interpreters.
        Map<String, Double> xs = none.stream().collect(Collectors.toMap(PlannedSeat::key, PlannedSeat::x));
        seats.stream().filter(s -> !s.interpreter()).forEach(s -> assertThat(s.x()).isEqualTo(xs.get(s.key())));
    }

    @Test
    void governmentPlansHaveNoInterpreterSeatsUnlessTheBlockAsks() {
        assertThat(layout.seats(plan(Convention.GOVERNMENT, talks(InterpreterPlacement.STANDARD))))
                .hasSize(6).noneMatch(PlannedSeat::interpreter);
        assertThat(layout.seats(plan(Convention.GOVERNMENT, talks(InterpreterPlacement.BESIDE))))
                .hasSize(8).filteredOn(PlannedSeat::interpreter).hasSize(2);
        assertThat(layout.seats(plan(Convention.FOREIGN_AFFAIRS, talks(InterpreterPlacement.NONE))))
                .hasSize(6).noneMatch(PlannedSeat::interpreter);
    }

    @Test
    void changingTheOptionMovesTheSeatsButKeepsTheirKeys() {
        List<PlannedSeat> beside = layout.seats(plan(Convention.FOREIGN_AFFAIRS, talks(InterpreterPlacement.BESIDE)));
        List<PlannedSeat> behind = layout.seats(plan(Convention.FOREIGN_AFFAIRS, talks(InterpreterPlacement.BEHIND)));
        assertThat(keys(behind)).isEqualTo(keys(beside));
        PlannedSeat host = principal(behind, Side.HOST, 1);
        PlannedSeat hostInterpreter = interpreterSeat(behind, Side.HOST);
        assertThat(hostInterpreter.x()).isEqualTo(host.x());
        assertThat(hostInterpreter.y()).isGreaterThan(host.y());
        PlannedSeat guest = principal(behind, Side.GUEST, 1);
        assertThat(interpreterSeat(behind, Side.GUEST).y()).isLessThan(guest.y());
        assertThat(interpreterSeat(behind, Side.GUEST).x()).isEqualTo(guest.x());
        assertThat(principal(behind, Side.HOST, 2).x()).isNotEqualTo(principal(beside, Side.HOST, 2).x());
        PlannedSeat besideInterpreter = interpreterSeat(beside, Side.HOST);
        assertThat(besideInterpreter.key()).isEqualTo(hostInterpreter.key());
        assertThat(besideInterpreter.y()).isNotEqualTo(hostInterpreter.y());
    }

    private static Set<String> keys(List<PlannedSeat> seats) {
        return seats.stream().map(PlannedSeat::key).collect(Collectors.toSet());
    }

    private Attendee person(String name, int rank, AttendeeRole role, Side side) {
        return new Attendee(UUID.randomUUID(), meeting, name, "", "", rank, role, side, CheckInStatus.EXPECTED, "");
    }

    private List<Attendee> delegations() {
        List<Attendee> people = new ArrayList<>();
        people.add(person("H1", 1, AttendeeRole.LEADER, Side.HOST));
        people.add(person("G1", 2, AttendeeRole.GUEST, Side.GUEST));
        people.add(person("Spare interpreter", 3, AttendeeRole.INTERPRETER, Side.NONE));
        people.add(person("Host interpreter", 4, AttendeeRole.INTERPRETER, Side.HOST));
        people.add(person("H2", 5, AttendeeRole.DELEGATE, Side.HOST));
        people.add(person("G2", 6, AttendeeRole.GUEST, Side.GUEST));
        people.add(person("Guest interpreter", 7, AttendeeRole.INTERPRETER, Side.GUEST));
        people.add(person("H3", 8, AttendeeRole.DELEGATE, Side.HOST));
        people.add(person("G3", 9, AttendeeRole.GUEST, Side.GUEST));
        people.add(person("H4", 10, AttendeeRole.DELEGATE, Side.HOST));
        return people;
    }

    private static String nameAt(SeatAssignments assignments, PlannedSeat seat, List<Attendee> people) {
        return assignments.occupantOf(seat.key())
                .flatMap(id -> people.stream().filter(p -> p.id().equals(id)).findFirst()).map(Attendee::name)
                .orElse("");
    }

    @Test
    void interpretersLandOnTheirSidesInterpreterSeatsAndNobodyElseDoes() {
        for (InterpreterPlacement placement : List.of(InterpreterPlacement.BESIDE, InterpreterPlacement.BEHIND)) {
            for (SeatBlock block : List.of(talks(placement), reception(placement))) {
                SeatPlan plan = plan(Convention.FOREIGN_AFFAIRS, block);
                List<PlannedSeat> seats = layout.seats(plan);
                List<Attendee> people = delegations();
                SeatAssignments assigned = planner.autoAssign(plan, seats, people, SeatAssignments.none());

                assertThat(nameAt(assigned, interpreterSeat(seats, Side.HOST), people)).isEqualTo("Host interpreter");
                assertThat(nameAt(assigned, interpreterSeat(seats, Side.GUEST), people)).isEqualTo("Guest interpreter");
                seats.stream().filter(s -> !s.interpreter()).forEach(s ->
                        assertThat(nameAt(assigned, s, people)).doesNotContain("interpreter"));
                assertThat(nameAt(assigned, principal(seats, Side.HOST, 2), people)).isEqualTo("H2");
                assertThat(planner.unseated(people, assigned)).extracting(Attendee::name)
                        .containsExactlyInAnyOrder("Spare interpreter", "H4");
            }
        }
    }

    @Test
    void anInterpreterWithoutASideTakesAFreeInterpreterSeatAndNoInterpreterLeavesItEmpty() {
        SeatPlan plan = plan(Convention.FOREIGN_AFFAIRS, talks(InterpreterPlacement.STANDARD));
        List<PlannedSeat> seats = layout.seats(plan);
        List<Attendee> people = new ArrayList<>(delegations().stream()
                .filter(a -> !a.name().equals("Guest interpreter")).toList());
        SeatAssignments assigned = planner.autoAssign(plan, seats, people, SeatAssignments.none());
        assertThat(nameAt(assigned, interpreterSeat(seats, Side.GUEST), people)).isEqualTo("Spare interpreter");

        List<Attendee> noInterpreters = people.stream().filter(a -> a.role() != AttendeeRole.INTERPRETER).toList();
        SeatAssignments without = planner.autoAssign(plan, seats, noInterpreters, SeatAssignments.none());
        assertThat(without.occupantOf(interpreterSeat(seats, Side.HOST).key())).isEmpty();
        assertThat(without.occupantOf(interpreterSeat(seats, Side.GUEST).key())).isEmpty();
        assertThat(planner.unseated(noInterpreters, without)).extracting(Attendee::name).containsExactly("H4");
    }

    @Test
    void reflowKeepsTheInterpretersInTheirSeatsAndLeavesAnAbsentInterpretersSeatEmpty() {
        SeatPlan plan = plan(Convention.FOREIGN_AFFAIRS, talks(InterpreterPlacement.STANDARD));
        List<PlannedSeat> seats = layout.seats(plan);
        List<Attendee> people = delegations();
        SeatAssignments assigned = planner.autoAssign(plan, seats, people, SeatAssignments.none());
        UUID h1 = people.get(0).id();
        SeatAssignments afterChief = planner.reflow(plan, seats, assigned, h1);
        assertThat(nameAt(afterChief, interpreterSeat(seats, Side.HOST), people)).isEqualTo("Host interpreter");
        assertThat(nameAt(afterChief, principal(seats, Side.HOST, 1), people)).isEqualTo("H2");

        UUID hostInterpreter = people.get(3).id();
        SeatAssignments afterInterpreter = planner.reflow(plan, seats, assigned, hostInterpreter);
        assertThat(afterInterpreter.occupantOf(interpreterSeat(seats, Side.HOST).key())).isEmpty();
        assertThat(nameAt(afterInterpreter, principal(seats, Side.HOST, 3), people)).isEqualTo("H3");
    }
}
