package org.huiwu.logic.rounds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.persistence.ServiceEventDao;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.huiwu.Fixtures;
import org.huiwu.logic.seating.SeatLayout;
import org.huiwu.model.Attendee;
import org.huiwu.model.rounds.Consumables;
import org.huiwu.model.rounds.MeetingPhase;
import org.huiwu.model.rounds.MeetingPhaseEvent;
import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.model.rounds.ServiceHistory;
import org.huiwu.model.rounds.ServicePlan;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.persistence.FolderSecret;

/**
 * Benchmark harness (a main, not a test): a 3,000-seat room with about 6,000 events. Reports the mean
 * time of the per-second board ({@link BoardSnapshot#at}), of building a snapshot after a change, and
 * the tap-to-durable latency of {@link ServiceLog#markServed} on a real H2 file database (mean and p95
 * over 500 taps) beside its floor measured in the same run on the same open database, each right after a
 * tap: a bare JDBC insert of the same event row and a commit. A second loop then times the same tap through
 * {@code ServiceEventDao} attached on demand (the path taps took before {@code Database.seatEvents()}) against
 * the floor in the same way; it runs apart because its allocation and its own connection would disturb the
 * first loop. Prints to standard output. Test code.
 */
public final class RoundBoardBench {

    private static final UUID MEETING = UUID.randomUUID();
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final Instant START = Instant.parse("2026-11-27T01:00:00Z");

    private RoundBoardBench() {
    }

    public static void main(String[] args) throws Exception {
        SeatPlan plan = SeatPlan.empty(UUID.randomUUID(), MEETING).withBlocks(List.of(
                SeatBlock.podium(UUID.randomUUID(), "主席台", List.of(30, 30)),
                SeatBlock.audience(UUID.randomUUID(), "群众席", java.util.Collections.nCopies(49, 60), 20)));
        List<PlannedSeat> seats = new SeatLayout().seats(plan);
        List<Attendee> attendees = new ArrayList<>();
        Map<String, UUID> occupants = new HashMap<>();
        for (PlannedSeat seat : seats) {
            Attendee person = Fixtures.attendee(MEETING, "代表" + seat.honour(), seat.honour() + 1);
            attendees.add(person);
            occupants.put(seat.key(), person.id());
        }
        List<ServiceEvent> events = new ArrayList<>();
        for (int i = 0; i < seats.size(); i++) {
            String key = seats.get(i).key();
            events.add(event(key, occupants.get(key), ServiceEventKind.FIRST_POUR, START.plusSeconds(i % 600)));
            events.add(event(key, occupants.get(key), ServiceEventKind.REFILL, START.plusSeconds(1200 + i % 900)));
        }
        List<MeetingPhaseEvent> phases = new ArrayList<>(List.of(
                new MeetingPhaseEvent(UUID.randomUUID(), MEETING, MeetingPhase.START, null, START),
                new MeetingPhaseEvent(UUID.randomUUID(), MEETING, MeetingPhase.PAUSE, null, START.plusSeconds(2400)),
                new MeetingPhaseEvent(UUID.randomUUID(), MEETING, MeetingPhase.RESUME, null, START.plusSeconds(3000))));
        for (int i = 0; i < 20; i++) {
            String key = seats.get(i).key();
            phases.add(new MeetingPhaseEvent(UUID.randomUUID(), MEETING, MeetingPhase.SPEAKER_STARTED, key,
                    START.plusSeconds(3100 + 60L * i)));
            phases.add(new MeetingPhaseEvent(UUID.randomUUID(), MEETING, MeetingPhase.SPEAKER_ENDED, key,
                    START.plusSeconds(3150 + 60L * i)));
        }
        ServiceHistory history = new ServiceHistory(ServicePlan.defaults(MEETING), events, phases, List.of(),
                Consumables.NONE);
        SeatAssignments assignments = SeatAssignments.of(occupants, Set.of());
        System.out.printf("room: %d seats, %d events, %d phase changes%n", seats.size(), events.size(), phases.size());

        double buildMs = meanMillis(50, () -> BoardSnapshot.of(seats, assignments, attendees, history));
        BoardSnapshot snapshot = BoardSnapshot.of(seats, assignments, attendees, history);
        Instant now = START.plusSeconds(4000);
        long[] second = {0};
        double tickMs = meanMillis(1000, () -> snapshot.at(now.plusSeconds(second[0]++)));
        ServiceEvent tap = event(seats.get(0).key(), null, ServiceEventKind.REFILL, now);
        double withMs = meanMillis(200, () -> snapshot.with(tap));
        System.out.printf("snapshot build from scratch: mean %.3f ms%n", buildMs);
        System.out.printf("snapshot after a tap (with(event)): mean %.3f ms%n", withMs);
        System.out.printf("per-second board (at): mean %.3f ms%n", tickMs);

        taps(seats, attendees, occupants, plan);
    }

    private static void taps(List<PlannedSeat> seats, List<Attendee> attendees, Map<String, UUID> occupants,
            SeatPlan plan) throws Exception {
        Path dir = Files.createTempDirectory("huiwu-bench");
        int taps = 500;
        long[] appTaps = new long[taps];
        long[] bare = new long[taps];
        long[] throughDao = new long[taps];
        long[] bareAfterDao = new long[taps];
        long[] cpu = new long[2];
        try (AppContext context = AppContext.open(dir, Clock.system(ZoneId.of("Asia/Shanghai")))) {
            context.meetings().save(Fixtures.meeting("基准测试", LocalDate.of(2026, 11, 27)).withId(MEETING));
            context.roster().importAll(attendees);
            context.seatPlans().save(plan);
            context.seatPlans().saveAssignments(plan.id(), SeatAssignments.of(occupants, Set.of()));
            context.serviceLog().startMeeting(MEETING);
            for (int i = 0; i < 5000; i++) {
                String key = seats.get(i % seats.size()).key();
                context.serviceLog().markServed(new SeatVisit(MEETING, key, occupants.get(key), "张敏"));
            }
            try (TapFloor floor = new TapFloor(dir)) {
                JdbcConnectionPool pool = JdbcConnectionPool.create(floor.url(), "sa", FolderSecret.of(dir));
                ServiceLog daoLog = new ServiceLog(
                        Jdbi.create(pool).installPlugin(new SqlObjectPlugin()).onDemand(ServiceEventDao.class),
                        context.roundBoard(), Clock.system(ZoneId.of("Asia/Shanghai")), UUID::randomUUID);
                for (int i = 0; i < 100; i++) {
                    floor.insert(MEETING, seats, occupants, i);
                }
                for (int i = 0; i < taps; i++) {
                    String key = seats.get((i * 7) % seats.size()).key();
                    long c0 = CPU.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    context.serviceLog().markServed(new SeatVisit(MEETING, key, occupants.get(key), "张敏"));
                    appTaps[i] = System.nanoTime() - t0;
                    cpu[0] += CPU.getCurrentThreadCpuTime() - c0;
                    bare[i] = floor.insert(MEETING, seats, occupants, i);
                }
                for (int i = 0; i < taps; i++) {
                    String other = seats.get((i * 13 + 1) % seats.size()).key();
                    long c1 = CPU.getCurrentThreadCpuTime();
                    long t1 = System.nanoTime();
                    daoLog.markServed(new SeatVisit(MEETING, other, occupants.get(other), "张敏"));
                    throughDao[i] = System.nanoTime() - t1;
                    cpu[1] += CPU.getCurrentThreadCpuTime() - c1;
                    bareAfterDao[i] = floor.insert(MEETING, seats, occupants, i + taps);
                }
                pool.dispose();
            }
            double loadMs = meanMillis(20, () -> context.roundBoard().load(MEETING));
            System.out.printf("reload of the board snapshot from the database: mean %.3f ms%n", loadMs);
        }
        double appMean = Arrays.stream(appTaps).average().orElse(0) / 1e6;
        double bareMean = Arrays.stream(bare).average().orElse(0) / 1e6;
        System.out.printf("tap to durable (markServed, H2 file, %d to %d events stored): mean %.3f ms, p95 %.3f ms%n",
                5000 + 100, 5000 + 100 + 2 * taps, appMean, p95(appTaps));
        System.out.printf("floor, same open database, each right after a tap: bare JDBC insert of one event + commit:"
                + " mean %.3f ms, p95 %.3f ms%n", bareMean, p95(bare));
        System.out.printf("tap to durable / floor: %.2f (goal <= 2)%n", appMean / bareMean);
        double daoMean = Arrays.stream(throughDao).average().orElse(0) / 1e6;
        double bareAfterDaoMean = Arrays.stream(bareAfterDao).average().orElse(0) / 1e6;
        System.out.printf("the same tap through ServiceEventDao on demand (the tap path before decision 0023's"
                + " third round), in a second loop after the first: mean %.3f ms, p95 %.3f ms, against that loop's"
                + " floor of %.3f ms: %.2f×%n", daoMean, p95(throughDao), bareAfterDaoMean, daoMean / bareAfterDaoMean);
        System.out.printf("CPU time of this thread per tap: %.3f ms (tap), %.3f ms (through the DAO)%n",
                cpu[0] / 1e6 / taps, cpu[1] / 1e6 / taps);
        System.out.printf("medians: tap %.3f ms, floor %.3f ms, through the DAO %.3f ms%n", median(appTaps),
                median(bare), median(throughDao));
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double p95(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) (sorted.length * 0.95)] / 1e6;
    }

    private static ServiceEvent event(String key, UUID attendee, ServiceEventKind kind, Instant at) {
        return new ServiceEvent(UUID.randomUUID(), MEETING, key, attendee, "张敏", kind, null, "", 0, at, at);
    }

    private static double meanMillis(int runs, Runnable work) {
        for (int i = 0; i < Math.max(20, runs / 5); i++) {
            work.run();
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            work.run();
        }
        return (System.nanoTime() - t0) / 1e6 / runs;
    }
}
