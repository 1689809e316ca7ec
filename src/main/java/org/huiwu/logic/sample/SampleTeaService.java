package org.huiwu.logic.sample;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.huiwu.logic.rounds.ServiceLog;
import org.huiwu.logic.rounds.ServicePlans;
import org.huiwu.model.rounds.FirstPour;
import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.model.rounds.ServedScope;
import org.huiwu.model.rounds.ServicePlan;
import org.huiwu.model.rounds.ServiceRound;
import org.huiwu.model.rounds.ServiceZone;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;

/**
 * Gives the sample meeting its tea service: a plan (podium every 15 min, audience every 20, a podium
 * zone and an audience zone) and the history of a meeting that started when {@link SampleTimes} says, about
 * 50 minutes before the clock's instant — a first pour on the podium at the start, two podium refill rounds with one leader
 * declining and one late entry, and a first pour for the front audience row. Entries are replayed
 * through the service log at their own times. Synchronous; call it off the FX thread.
 */
final class SampleTeaService {

    static final String PODIUM_ATTENDANT = "主席台组";
    static final String AUDIENCE_ATTENDANT = "会场组";

    private final ServicePlans plans;
    private final ServiceLog log;
    private final Clock clock;

    SampleTeaService(ServicePlans plans, ServiceLog log, Clock clock) {
        this.plans = plans;
        this.log = log;
        this.clock = clock;
    }

    /** Adds the plan and the history of a meeting that started at {@code start} ({@link SampleTimes}). */
    void add(UUID meetingId, List<PlannedSeat> seats, SeatAssignments assignments, Instant start) {
        List<PlannedSeat> podium = seats.stream().filter(s -> s.blockKind() == BlockKind.PODIUM).toList();
        List<PlannedSeat> audience = seats.stream().filter(s -> s.blockKind() == BlockKind.AUDIENCE).toList();
        UUID podiumZone = UUID.nameUUIDFromBytes((meetingId + "/zone/podium").getBytes(StandardCharsets.UTF_8));
        UUID audienceZone = UUID.nameUUIDFromBytes((meetingId + "/zone/audience").getBytes(StandardCharsets.UTF_8));
        ServicePlan plan = new ServicePlan(meetingId, FirstPour.AT_START, 20,
                Map.of(podium.get(0).blockId(), 15), ServedScope.ALL, ServicePlan.DEFAULT_DUE_SOON,
                List.of(new ServiceZone(podiumZone, PODIUM_ATTENDANT, keys(podium)),
                        new ServiceZone(audienceZone, AUDIENCE_ATTENDANT, keys(audience))));
        plans.save(plan, seats);

        at(start).startMeeting(meetingId);
        for (PlannedSeat seat : podium) {
            at(start).markServed(visit(meetingId, seat, assignments, PODIUM_ATTENDANT));
        }
        int frontRow = audience.stream().mapToInt(PlannedSeat::row).min().orElse(1);
        List<PlannedSeat> front = audience.stream()
                .filter(s -> s.row() == frontRow && assignments.occupantOf(s.key()).isPresent()).toList();
        for (PlannedSeat seat : front) {
            at(start.plus(Duration.ofMinutes(2))).markServed(visit(meetingId, seat, assignments, AUDIENCE_ATTENDANT));
        }

        Instant first = start.plus(Duration.ofMinutes(15));
        ServiceRound round1 = at(first).startRound(meetingId, podiumZone, PODIUM_ATTENDANT);
        for (int i = 0; i < podium.size() - 1; i++) {
            at(first.plusSeconds(30L * i)).markServed(visit(meetingId, podium.get(i), assignments, PODIUM_ATTENDANT));
        }
        PlannedSeat decliner = podium.get(podium.size() - 1);
        at(first.plus(Duration.ofMinutes(2))).decline(visit(meetingId, decliner, assignments, PODIUM_ATTENDANT));
        at(first.plus(Duration.ofMinutes(3))).closeRound(round1);

        Instant second = start.plus(Duration.ofMinutes(37));
        ServiceRound round2 = at(second).startRound(meetingId, podiumZone, PODIUM_ATTENDANT);
        for (int i = 0; i < podium.size() - 2; i++) {
            at(second.plusSeconds(30L * i)).markServed(visit(meetingId, podium.get(i), assignments, PODIUM_ATTENDANT));
        }
        Instant entered = start.plus(Duration.ofMinutes(43));
        at(entered).markServedEarlier(visit(meetingId, podium.get(podium.size() - 2), assignments, PODIUM_ATTENDANT), 5);
        at(entered.plusSeconds(30)).closeRound(round2);
    }

    private ServiceLog at(Instant instant) {
        return log.at(Clock.fixed(instant, clock.getZone()));
    }

    private static SeatVisit visit(UUID meetingId, PlannedSeat seat, SeatAssignments assignments, String attendant) {
        return new SeatVisit(meetingId, seat.key(), assignments.occupantOf(seat.key()).orElse(null), attendant);
    }

    private static Set<String> keys(List<PlannedSeat> seats) {
        return seats.stream().map(PlannedSeat::key).collect(Collectors.toSet());
    }
}
