package org.huiwu.logic.seating;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Side;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;

/**
 * People, auto-assign, reflow and rows read left to right as the audience sees them, for the reflow
 * tests with block options. One per test instance; confined to the test's thread.
 */
final class ReflowFixture {

    final SeatingPlanner planner = new SeatingPlanner();
    final SeatLayout layout = new SeatLayout();
    final UUID meeting = UUID.randomUUID();

    Attendee person(String name, String unit, int rank, AttendeeRole role) {
        return new Attendee(UUID.randomUUID(), meeting, name, unit, "", rank, role, Side.NONE, CheckInStatus.EXPECTED,
                "");
    }

    List<Attendee> leaders(int count) {
        List<Attendee> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            list.add(person("P" + i, "", i, AttendeeRole.LEADER));
        }
        return list;
    }

    /** Delegates in precedence order, each written {@code name:unit} (or just {@code name}). */
    List<Attendee> delegates(String... nameAndUnit) {
        List<Attendee> list = new ArrayList<>();
        for (int i = 0; i < nameAndUnit.length; i++) {
            String[] parts = nameAndUnit[i].split(":");
            list.add(person(parts[0], parts.length > 1 ? parts[1] : "", i + 1, AttendeeRole.DELEGATE));
        }
        return list;
    }

    SeatAssignments assigned(SeatPlan plan, List<Attendee> people) {
        return planner.autoAssign(plan, layout.seats(plan), people, SeatAssignments.none());
    }

    SeatAssignments reflow(SeatPlan plan, SeatAssignments current, Attendee absent) {
        return planner.reflow(plan, layout.seats(plan), current, absent.id());
    }

    /** What auto-assign gives from scratch once {@code absent} is marked absent. */
    SeatAssignments assignedWithout(SeatPlan plan, List<Attendee> people, Attendee absent) {
        return assigned(plan, people.stream().map(p -> p.equals(absent) ? p.withCheckIn(CheckInStatus.ABSENT) : p)
                .toList());
    }

    /** The names in a row of the plan's first block, left to right; "-" for an empty seat. */
    List<String> row(SeatPlan plan, SeatAssignments assignments, List<Attendee> people, int row) {
        return rowSeats(plan, row).stream()
                .map(s -> assignments.occupantOf(s.key()).flatMap(id -> people.stream()
                        .filter(p -> p.id().equals(id)).findFirst()).map(Attendee::name).orElse("-"))
                .toList();
    }

    PlannedSeat seatAt(SeatPlan plan, int row, int fromLeft) {
        return rowSeats(plan, row).get(fromLeft);
    }

    private List<PlannedSeat> rowSeats(SeatPlan plan, int row) {
        UUID first = plan.blocks().get(0).id();
        return layout.seats(plan).stream().filter(s -> s.row() == row && s.blockId().equals(first))
                .sorted(Comparator.comparingDouble(PlannedSeat::x)).toList();
    }
}
