package org.huiwu.logic.rounds;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huiwu.Fixtures;
import org.huiwu.logic.seating.SeatLayout;
import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.rounds.Consumables;
import org.huiwu.model.rounds.MeetingPhase;
import org.huiwu.model.rounds.MeetingPhaseEvent;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.model.rounds.ServiceHistory;
import org.huiwu.model.rounds.ServicePlan;
import org.huiwu.model.rounds.ServiceRound;
import org.huiwu.model.rounds.SkipReason;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.seating.TableOrientation;

/**
 * A laid-out room for the rounds tests — a podium of 3, talks of 2 hosts and 2 guests, an audience of
 * two rows of 4, everyone seated — and builders for events and phase changes. Test code; mutable, one
 * per test.
 */
public final class RoundsFixture {

    static final UUID MEETING = UUID.fromString("00000000-0000-4000-8000-0000000000aa");
    static final UUID PODIUM = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final UUID TALKS = UUID.fromString("00000000-0000-4000-8000-000000000002");
    static final UUID AUDIENCE = UUID.fromString("00000000-0000-4000-8000-000000000003");
    /** 09:00 in Beijing. */
    static final Instant T0 = Instant.parse("2026-11-27T01:00:00Z");

    final List<PlannedSeat> seats;
    final List<Attendee> attendees = new ArrayList<>();
    final Map<String, UUID> occupants = new LinkedHashMap<>();
    final List<ServiceEvent> events = new ArrayList<>();
    final List<MeetingPhaseEvent> phases = new ArrayList<>();
    final List<ServiceRound> rounds = new ArrayList<>();
    ServicePlan plan = ServicePlan.defaults(MEETING);

    RoundsFixture() {
        this.seats = new SeatLayout().seats(plan());
        int rank = 1;
        for (PlannedSeat seat : seats) {
            Attendee person = Fixtures.attendee(MEETING, "代表" + rank, rank++);
            attendees.add(person);
            occupants.put(seat.key(), person.id());
        }
    }

    static SeatPlan plan() {
        return SeatPlan.empty(UUID.randomUUID(), MEETING).withBlocks(List.of(
                SeatBlock.podium(PODIUM, "主席台", List.of(3)),
                SeatBlock.talks(TALKS, "会谈", 2, 2, TableOrientation.ACROSS_DOOR),
                SeatBlock.audience(AUDIENCE, "群众席", List.of(4, 4), 0)));
    }

    static Instant minutes(double m) {
        return T0.plus(Duration.ofSeconds(Math.round(m * 60)));
    }

    List<PlannedSeat> seatsOf(UUID blockId) {
        return seats.stream().filter(s -> s.blockId().equals(blockId)).toList();
    }

    String podium(int index) {
        return seatsOf(PODIUM).get(index).key();
    }

    String audience(int index) {
        return seatsOf(AUDIENCE).get(index).key();
    }

    RoundsFixture empty(String seatKey) {
        occupants.remove(seatKey);
        return this;
    }

    RoundsFixture absent(String seatKey) {
        UUID id = occupants.get(seatKey);
        attendees.replaceAll(a -> a.id().equals(id) ? a.withCheckIn(CheckInStatus.ABSENT) : a);
        return this;
    }

    RoundsFixture phase(MeetingPhase phase, Instant at) {
        phases.add(new MeetingPhaseEvent(UUID.randomUUID(), MEETING, phase, null, at));
        return this;
    }

    /** A speaker change as the app records it: with the seat's occupant. */
    RoundsFixture speaker(MeetingPhase phase, String seatKey, Instant at) {
        phases.add(new MeetingPhaseEvent(UUID.randomUUID(), MEETING, phase, seatKey, occupants.get(seatKey), at));
        return this;
    }

    /** A speaker change as stored before the attendee was recorded: on the seat only. */
    RoundsFixture seatSpeaker(MeetingPhase phase, String seatKey, Instant at) {
        phases.add(new MeetingPhaseEvent(UUID.randomUUID(), MEETING, phase, seatKey, at));
        return this;
    }

    RoundsFixture event(String seatKey, ServiceEventKind kind, Instant at) {
        return event(seatKey, kind, null, 0, at, at);
    }

    RoundsFixture event(String seatKey, ServiceEventKind kind, SkipReason reason, int round, Instant at,
            Instant recorded) {
        events.add(new ServiceEvent(UUID.randomUUID(), MEETING, seatKey, occupants.get(seatKey), "张敏", kind, reason,
                "", round, at, recorded));
        return this;
    }

    RoundsFixture pour(String seatKey, Instant at) {
        boolean before = events.stream().anyMatch(e -> e.seatKey().equals(seatKey) && e.kind().isPour());
        return event(seatKey, before ? ServiceEventKind.REFILL : ServiceEventKind.FIRST_POUR, at);
    }

    ServiceHistory history() {
        return new ServiceHistory(plan, events, phases, rounds, Consumables.NONE);
    }

    BoardSnapshot snapshot() {
        return BoardSnapshot.of(seats, SeatAssignments.of(occupants, Set.of()), attendees, history());
    }
}
