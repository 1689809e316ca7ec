package org.huiwu.logic.rounds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.model.rounds.SeatService;
import org.huiwu.model.rounds.SeatServiceState;
import org.huiwu.model.rounds.ServicePlan;
import org.huiwu.model.rounds.ServiceRound;

/**
 * The serving route of a zone: its seats in honour order — No.1 first, then outward, the guest of a
 * rank before the host — leaving out seats that are empty, absent, not served by the plan or declined.
 * A speaking seat stays on the route but is passed over as the next seat. Stateless and thread-safe.
 */
public final class RouteOrder {

    /** The zone's route on this board ({@link org.huiwu.model.rounds.ServiceZone#EVERYONE} for every seat). */
    public List<SeatService> route(SeatBoard board, ServicePlan plan, UUID zoneId) {
        List<SeatService> route = new ArrayList<>();
        for (SeatService seat : board.seats()) {
            if (onRoute(seat.state()) && plan.serves(zoneId, seat.seatKey())) {
                route.add(seat);
            }
        }
        return route;
    }

    /** The first seat of the round's route not yet poured or skipped in the round and not speaking. */
    public Optional<SeatService> next(SeatBoard board, BoardSnapshot snapshot, ServiceRound round) {
        RoundProgress progress = RoundProgress.of(round, snapshot.history().events());
        return next(route(board, snapshot.plan(), round.zoneId()), progress);
    }

    /** The first seat of a route not yet handled in the round and not speaking. */
    public Optional<SeatService> next(List<SeatService> route, RoundProgress progress) {
        return route.stream()
                .filter(s -> s.state() != SeatServiceState.DO_NOT_DISTURB && !progress.handled(s.seatKey()))
                .findFirst();
    }

    private static boolean onRoute(SeatServiceState state) {
        return state != SeatServiceState.ABSENT && state != SeatServiceState.NOT_IN_SCOPE
                && state != SeatServiceState.DECLINED;
    }
}
