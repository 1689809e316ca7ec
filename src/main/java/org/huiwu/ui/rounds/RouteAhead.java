package org.huiwu.ui.rounds;

import org.huiwu.logic.rounds.BoardSnapshot;
import org.huiwu.logic.rounds.RoundProgress;
import org.huiwu.logic.rounds.RouteOrder;
import org.huiwu.logic.rounds.SeatBoard;
import org.huiwu.model.rounds.SeatService;
import org.huiwu.model.rounds.ServiceRound;

/**
 * Where the attendant goes next on the open round's route: the next seat, passing over seats tapped but
 * not stored yet, and how many seats of the route are still to serve. Stateless; FX thread only (it reads
 * the pending taps).
 */
final class RouteAhead {

    private final RouteOrder route;
    private final PendingTaps taps;

    RouteAhead(RouteOrder route, PendingTaps taps) {
        this.route = route;
        this.taps = taps;
    }

    /** The key of the next seat on the route of {@code round}, or null without a round or when all are done. */
    String next(SeatBoard board, BoardSnapshot snapshot, ServiceRound round) {
        if (round == null) {
            return null;
        }
        String next = route.next(board, snapshot, round).map(SeatService::seatKey).orElse(null);
        if (next != null && taps.contains(next)) {
            next = route.route(board, snapshot.plan(), round.zoneId()).stream().map(SeatService::seatKey)
                    .filter(key -> !taps.contains(key)).findFirst().orElse(null);
        }
        return next;
    }

    /** How many seats of the route of {@code round} are neither served nor skipped yet (0 without a round). */
    int unserved(SeatBoard board, BoardSnapshot snapshot, ServiceRound round) {
        if (round == null || board == null) {
            return 0;
        }
        var progress = RoundProgress.of(round, snapshot.history().events());
        return (int) route.route(board, snapshot.plan(), round.zoneId()).stream()
                .filter(seat -> !progress.handled(seat.seatKey()) && !taps.contains(seat.seatKey()))
                .count();
    }
}
