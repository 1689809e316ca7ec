package org.huiwu.logic.rounds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.rounds.MeetingPhaseEvent;
import org.huiwu.model.rounds.MeetingState;
import org.huiwu.model.rounds.SeatService;
import org.huiwu.model.rounds.SeatServiceState;
import org.huiwu.model.rounds.ServedScope;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceHistory;
import org.huiwu.model.rounds.ServicePlan;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;

/**
 * One meeting's seats and tea-service history, indexed per seat so that {@link #at(Instant)} — the board
 * at an instant — costs one pass over the seats. Build a new snapshot when the events, the plan or the
 * seating change (after each write); call {@code at} every second. {@code at} answers for instants at
 * or after the snapshot's events. After a tap, {@link #with(ServiceEvent)} adds the stored event without
 * reading the database. Immutable and thread-safe.
 */
public final class BoardSnapshot {

    private static final long MINUTE = 60_000L;

    private final List<PlannedSeat> seats;
    private final ServiceHistory history;
    private final ActiveTime time;
    private final UUID[] occupants;
    private final SeatServiceState[] fixed;
    private final long[] intervals;
    private final long dueSoon;
    private final SeatTimelines timelines;

    private BoardSnapshot(BoardSnapshot base, ServiceHistory history, ActiveTime time, SeatTimelines timelines) {
        this.seats = base.seats;
        this.history = history;
        this.time = time;
        this.occupants = base.occupants;
        this.fixed = base.fixed;
        this.intervals = base.intervals;
        this.dueSoon = base.dueSoon;
        this.timelines = timelines;
    }

    private BoardSnapshot(List<PlannedSeat> seats, SeatAssignments assignments, Collection<Attendee> attendees,
            ServiceHistory history) {
        this.seats = List.copyOf(seats);
        this.history = history;
        this.time = ActiveTime.of(history.phases());
        ServicePlan plan = history.plan();
        this.dueSoon = plan.dueSoonMinutes() * MINUTE;
        int n = seats.size();
        occupants = new UUID[n];
        fixed = new SeatServiceState[n];
        intervals = new long[n];
        Map<UUID, Attendee> people = new HashMap<>();
        attendees.forEach(a -> people.put(a.id(), a));
        Map<String, Integer> index = new HashMap<>(n * 2);
        Map<UUID, Integer> seatOfPerson = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            PlannedSeat seat = seats.get(i);
            index.put(seat.key(), i);
            occupants[i] = assignments.occupantOf(seat.key()).orElse(null);
            if (occupants[i] != null) {
                seatOfPerson.put(occupants[i], i);
            }
            Attendee person = occupants[i] == null ? null : people.get(occupants[i]);
            if (!inScope(plan.scope(), seat.blockKind())) {
                fixed[i] = SeatServiceState.NOT_IN_SCOPE;
            } else if (person == null || person.checkIn() == CheckInStatus.ABSENT) {
                fixed[i] = SeatServiceState.ABSENT;
            }
            intervals[i] = plan.intervalOf(seat.blockId()) * MINUTE;
        }
        this.timelines = SeatTimelines.of(index, seatOfPerson, n, history.events());
    }

    /**
     * Indexes the seats and history; seats in honour order, as {@code SeatLayout.seats} gives them. A
     * decline follows its person to the seat they sit in under {@code assignments}.
     */
    public static BoardSnapshot of(List<PlannedSeat> seats, SeatAssignments assignments,
            Collection<Attendee> attendees, ServiceHistory history) {
        return new BoardSnapshot(seats, assignments, attendees, history);
    }

    /** The same seats and history with who sits where and the attendees as they are now: no database read. */
    public BoardSnapshot withSeating(SeatAssignments assignments, Collection<Attendee> attendees) {
        return new BoardSnapshot(seats, assignments, attendees, history);
    }

    /** This snapshot with one more seat event (the one a tap just stored): cheap, no database read. */
    public BoardSnapshot with(ServiceEvent event) {
        List<ServiceEvent> events = new ArrayList<>(history.events());
        events.add(event);
        return new BoardSnapshot(this, new ServiceHistory(history.plan(), events, history.phases(), history.rounds(),
                history.consumables()), time, timelines.with(event));
    }

    /** This snapshot with one more phase change (start, break, speaker…). */
    public BoardSnapshot with(MeetingPhaseEvent phase) {
        List<MeetingPhaseEvent> phases = new ArrayList<>(history.phases());
        phases.add(phase);
        ServiceHistory changed = new ServiceHistory(history.plan(), history.events(), phases, history.rounds(),
                history.consumables());
        return new BoardSnapshot(this, changed, ActiveTime.of(phases), timelines);
    }

    /** Whether the plan's scope serves seats of this kind of block. */
    public static boolean inScope(ServedScope scope, BlockKind kind) {
        return switch (scope) {
            case ALL -> true;
            case PODIUM_ONLY -> kind == BlockKind.PODIUM;
            case TABLES -> kind != BlockKind.AUDIENCE;
        };
    }

    /** The board at {@code now}. */
    public SeatBoard at(Instant now) {
        long t = now.toEpochMilli();
        MeetingState meeting = time.stateAt(now);
        List<SeatService> services = new ArrayList<>(seats.size());
        for (int i = 0; i < seats.size(); i++) {
            services.add(seatAt(i, t, now, meeting == MeetingState.RUNNING));
        }
        return new SeatBoard(now, meeting, services);
    }

    private SeatService seatAt(int i, long t, Instant now, boolean running) {
        String key = seats.get(i).key();
        long[] pours = timelines.pours(i);
        int p = ActiveTime.lastAtOrBefore(pours, t);
        long elapsed = p < 0 ? -1 : time.seatMillis(key, occupants[i], pours[p], t);
        int minutes = p < 0 ? -1 : (int) (elapsed / MINUTE);
        if (fixed[i] != null) {
            return new SeatService(key, occupants[i], fixed[i], minutes, null);
        }
        long declined = timelines.declinedSince(i);
        if (declined != SeatTimelines.NOT_DECLINED && declined <= t) {
            return new SeatService(key, occupants[i], SeatServiceState.DECLINED, minutes, null);
        }
        if (time.speakingAt(key, occupants[i], now)) {
            return new SeatService(key, occupants[i], SeatServiceState.DO_NOT_DISTURB, minutes, null);
        }
        if (p < 0) {
            return new SeatService(key, occupants[i], SeatServiceState.NOT_SERVED, -1, null);
        }
        SeatServiceState state = elapsed >= intervals[i] ? SeatServiceState.OVERDUE
                : elapsed >= intervals[i] - dueSoon ? SeatServiceState.DUE_SOON : SeatServiceState.SERVED;
        Instant dueAt = running ? Instant.ofEpochMilli(t + intervals[i] - elapsed) : null;
        return new SeatService(key, occupants[i], state, minutes, dueAt);
    }

    /** The seats, in honour order. */
    public List<PlannedSeat> seats() {
        return seats;
    }

    public ServiceHistory history() {
        return history;
    }

    public ServicePlan plan() {
        return history.plan();
    }

    /** The meeting's clock built from the history's phase changes. */
    public ActiveTime time() {
        return time;
    }
}
