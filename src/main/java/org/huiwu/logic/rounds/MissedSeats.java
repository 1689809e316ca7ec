package org.huiwu.logic.rounds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.model.rounds.SeatService;
import org.huiwu.model.rounds.ServicePlan;
import org.huiwu.model.rounds.ServiceRound;
import org.huiwu.model.rounds.SkipReason;
import org.huiwu.model.seating.PlannedSeat;

/**
 * Finds the seats a round left unserved when it closes: seats of the round's zone, in scope and
 * occupied and not declined, that were not yet poured, due soon or overdue (a speaker counts when
 * their cup was due), and got no pour during the round. The reason is the skip reason given in the
 * round, {@link SkipReason#SPEAKING} for a speaker, else none. Stateless and thread-safe.
 */
public final class MissedSeats {

    /** A seat missed by a round, with who sat there and why (null when no reason was given). */
    public record Missed(String seatKey, UUID attendeeId, SkipReason reason) {
    }

    /** The seats the round missed, as of {@code closedAt}, in honour order. */
    public List<Missed> of(BoardSnapshot snapshot, ServiceRound round, Instant closedAt) {
        SeatBoard board = snapshot.at(closedAt);
        ServicePlan plan = snapshot.plan();
        RoundProgress progress = RoundProgress.of(round, snapshot.history().events());
        Map<String, PlannedSeat> seats = new HashMap<>();
        snapshot.seats().forEach(s -> seats.put(s.key(), s));
        List<Missed> missed = new ArrayList<>();
        for (SeatService seat : board.seats()) {
            if (!plan.serves(round.zoneId(), seat.seatKey()) || progress.poured().contains(seat.seatKey())) {
                continue;
            }
            SkipReason reason = progress.skipped().get(seat.seatKey());
            boolean due = switch (seat.state()) {
                case NOT_SERVED, DUE_SOON, OVERDUE -> true;
                case DO_NOT_DISTURB -> {
                    int interval = plan.intervalOf(seats.get(seat.seatKey()).blockId());
                    reason = reason == null ? SkipReason.SPEAKING : reason;
                    yield seat.minutesSinceServed() < 0
                            || seat.minutesSinceServed() >= interval - plan.dueSoonMinutes();
                }
                default -> false;
            };
            if (due) {
                missed.add(new Missed(seat.seatKey(), seat.attendeeId(), reason));
            }
        }
        return missed;
    }
}
