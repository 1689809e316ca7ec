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
import org.huiwu.model.rounds.MeetingState;
import org.huiwu.model.rounds.SeatService;
import org.huiwu.model.rounds.SeatServiceState;
import org.huiwu.model.rounds.ServedScope;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.model.rounds.ServiceHistory;
import org.huiwu.model.rounds.ServicePlan;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;

/**
 * One meeting's seats and tea-service history, indexed per seat so that {@link #at(Instant)} — the board
 * at an instant — costs one pass over the seats. Build a new snapshot when the events, the plan or the
 * seating change (after each write); call {@code at} every second. {@code at} answers for instants at
 * or after the snapshot's events. Immutable and thread-safe.
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
    private final long[][] pours;
    private final long[] declinedSince;

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
        pours = new long[n][];
        declinedSince = new long[n];
        Map<UUID, Attendee> people = new HashMap<>();
        attendees.forEach(a -> people.put(a.id(), a));
        Map<String, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            PlannedSeat seat = seats.get(i);
            index.put(seat.key(), i);
            occupants[i] = assignments.occupantOf(seat.key()).orElse(null);
            Attendee person = occupants[i] == null ? null : people.get(occupants[i]);
            if (!inScope(plan.scope(), seat.blockKind())) {
                fixed[i] = SeatServiceState.NOT_IN_SCOPE;
            } else if (person == null || person.checkIn() == CheckInStatus.ABSENT) {
                fixed[i] = SeatServiceState.ABSENT;
            }
            intervals[i] = plan.intervalOf(seat.blockId()) * MINUTE;
            declinedSince[i] = Long.MIN_VALUE;
        }
        indexEvents(history.events(), index);
    }

    /** Indexes the seats and history; seats in honour order, as {@code SeatLayout.seats} gives them. */
    public static BoardSnapshot of(List<PlannedSeat> seats, SeatAssignments assignments,
            Collection<Attendee> attendees, ServiceHistory history) {
        return new BoardSnapshot(seats, assignments, attendees, history);
    }

    /** Whether the plan's scope serves seats of this kind of block. */
    public static boolean inScope(ServedScope scope, BlockKind kind) {
        return switch (scope) {
            case ALL -> true;
            case PODIUM_ONLY -> kind == BlockKind.PODIUM;
            case TABLES -> kind != BlockKind.AUDIENCE;
        };
    }

    private void indexEvents(List<ServiceEvent> events, Map<String, Integer> index) {
        List<List<Long>> times = new ArrayList<>(seats.size());
        long[] lastToggle = new long[seats.size()];
        for (int i = 0; i < seats.size(); i++) {
            times.add(null);
            lastToggle[i] = Long.MIN_VALUE;
        }
        for (ServiceEvent event : events) {
            Integer i = index.get(event.seatKey());
            ServiceEventKind kind = event.kind();
            if (i == null || !(kind.isPour() || kind == ServiceEventKind.DECLINED
                    || kind == ServiceEventKind.DECLINE_UNDONE)) {
                continue;
            }
            long t = event.occurredAt().toEpochMilli();
            if (kind.isPour()) {
                if (times.get(i) == null) {
                    times.set(i, new ArrayList<>());
                }
                times.get(i).add(t);
            }
            if (t >= lastToggle[i]) {
                lastToggle[i] = t;
                declinedSince[i] = kind == ServiceEventKind.DECLINED ? t : Long.MIN_VALUE;
            }
        }
        for (int i = 0; i < seats.size(); i++) {
            List<Long> seatTimes = times.get(i);
            pours[i] = seatTimes == null ? new long[0] : seatTimes.stream().mapToLong(Long::longValue).sorted().toArray();
        }
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
        int p = ActiveTime.lastAtOrBefore(pours[i], t);
        long elapsed = p < 0 ? -1 : time.seatMillis(key, pours[i][p], t);
        int minutes = p < 0 ? -1 : (int) (elapsed / MINUTE);
        if (fixed[i] != null) {
            return new SeatService(key, occupants[i], fixed[i], minutes, null);
        }
        if (declinedSince[i] != Long.MIN_VALUE && declinedSince[i] <= t) {
            return new SeatService(key, occupants[i], SeatServiceState.DECLINED, minutes, null);
        }
        if (time.speakingAt(key, now)) {
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
