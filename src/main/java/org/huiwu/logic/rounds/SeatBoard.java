package org.huiwu.logic.rounds;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.huiwu.model.rounds.MeetingState;
import org.huiwu.model.rounds.SeatService;
import org.huiwu.model.rounds.SeatServiceState;

/**
 * The round board at one instant: where the meeting stands and every seat's service, most senior
 * seat first. What the seat map colours each second. Immutable and thread-safe.
 */
public final class SeatBoard {

    private final Instant at;
    private final MeetingState meeting;
    private final List<SeatService> seats;
    private final Map<String, SeatService> byKey;
    private final Map<SeatServiceState, Integer> counts;

    SeatBoard(Instant at, MeetingState meeting, List<SeatService> seats) {
        this.at = at;
        this.meeting = meeting;
        this.seats = List.copyOf(seats);
        this.byKey = new HashMap<>(seats.size() * 2);
        this.counts = new EnumMap<>(SeatServiceState.class);
        for (SeatService seat : seats) {
            byKey.put(seat.seatKey(), seat);
            counts.merge(seat.state(), 1, Integer::sum);
        }
    }

    public Instant at() {
        return at;
    }

    public MeetingState meeting() {
        return meeting;
    }

    /** Every seat of the plan, in honour order. */
    public List<SeatService> seats() {
        return seats;
    }

    public Optional<SeatService> seat(String seatKey) {
        return Optional.ofNullable(byKey.get(seatKey));
    }

    /** How many seats are in the state, for the status line. */
    public int count(SeatServiceState state) {
        return counts.getOrDefault(state, 0);
    }
}
