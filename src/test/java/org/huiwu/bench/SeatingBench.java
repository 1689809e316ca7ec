package org.huiwu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.huiwu.logic.seating.SeatLayout;
import org.huiwu.logic.seating.SeatingPlanner;
import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Side;
import org.huiwu.model.seating.BlockOptions;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.PresiderPlacement;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.seating.UnitOrder;
import org.huiwu.model.seating.UnitSections;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Seating at full size: laying out a 3,000-seat plan (podium of 15 + 2,985 audience seats),
 * auto-assigning 3,000 attendees to it (also with a presider seat and the audience in sections by unit),
 * and reflowing after an absence near the front. Target: well
 * under 50 ms each. Run with {@code mvn -Pbench test-compile exec:exec -Dbench.args="SeatingBench -f 1"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SeatingBench {

    private final SeatLayout layout = new SeatLayout();
    private final SeatingPlanner planner = new SeatingPlanner();
    private SeatPlan plan;
    private SeatPlan byUnitPlan;
    private List<Attendee> unitAttendees;
    private List<PlannedSeat> seats;
    private List<Attendee> attendees;
    private SeatAssignments assigned;
    private UUID absentNearTheFront;

    @Setup
    public void buildPlanAndPeople() {
        UUID meeting = UUID.randomUUID();
        List<Integer> audienceRows = new ArrayList<>(IntStream.range(0, 29).mapToObj(i -> 100).toList());
        audienceRows.add(85);
        plan = SeatPlan.empty(UUID.randomUUID(), meeting).withBlocks(List.of(
                SeatBlock.podium(UUID.randomUUID(), "", List.of(15)),
                SeatBlock.audience(UUID.randomUUID(), "", audienceRows, 10)));
        seats = layout.seats(plan);
        attendees = new ArrayList<>();
        for (int i = 1; i <= 3000; i++) {
            attendees.add(new Attendee(UUID.randomUUID(), meeting, "P" + i, "", "", i,
                    i <= 15 ? AttendeeRole.LEADER : AttendeeRole.DELEGATE, Side.NONE, CheckInStatus.EXPECTED, ""));
        }
        assigned = planner.autoAssign(seats, attendees, SeatAssignments.none());
        absentNearTheFront = attendees.get(20).id();
        byUnitPlan = plan.withBlocks(List.of(plan.blocks().get(0).withOptions(BlockOptions.NONE
                        .withPresider(PresiderPlacement.FRONT_END_RIGHT, null)),
                plan.blocks().get(1).withOptions(BlockOptions.NONE.withUnits(UnitSections.VERTICAL, UnitOrder.PINYIN))));
        unitAttendees = new ArrayList<>();
        for (Attendee a : attendees) {
            unitAttendees.add(a.withOrganisation(UNITS[(a.rank() * 7) % UNITS.length]));
        }
    }

    /** Sixty units with Chinese names, so the pinyin order has real work to do. */
    private static final String[] UNITS = IntStream.range(0, 60)
            .mapToObj(i -> "南通市" + "发改财政教育科技工信公安民政司法人社自然生态住建交通水利农业商务文广卫健应急审计国资市监统计医保".charAt(i % 40)
                    + "第" + i + "局")
            .toArray(String[]::new);

    @Benchmark
    public List<PlannedSeat> layOutThreeThousandSeats() {
        return layout.seats(plan);
    }

    @Benchmark
    public SeatAssignments autoAssignThreeThousand() {
        return planner.autoAssign(seats, attendees, SeatAssignments.none());
    }

    /** Auto-assign with a presider at the podium's end and the audience in vertical sections by unit (pinyin order). */
    @Benchmark
    public SeatAssignments autoAssignThreeThousandByUnit() {
        return planner.autoAssign(byUnitPlan, seats, unitAttendees, SeatAssignments.none());
    }

    @Benchmark
    public SeatAssignments reflowAfterAnAbsenceNearTheFront() {
        return planner.reflow(seats, assigned, absentNearTheFront);
    }
}
