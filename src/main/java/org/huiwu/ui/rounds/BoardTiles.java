package org.huiwu.ui.rounds;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.huiwu.logic.rounds.SeatBoard;
import org.huiwu.model.rounds.SeatService;
import org.huiwu.model.rounds.SeatServiceState;
import org.huiwu.ui.control.seatmap.SeatState;
import org.huiwu.ui.control.seatmap.SeatTile;

/**
 * Colours the seat map's tiles by tea-service state: the seating tiles keep their place, name and
 * label; the round board adds the service state, the minutes since the last pour as a badge, and the
 * next seat on the route as a highlight. Seats tapped but not yet written show as served. Stateless.
 */
final class BoardTiles {

    private BoardTiles() {
    }

    static List<SeatTile> colour(List<SeatTile> seatingTiles, SeatBoard board, String nextSeat, Set<String> tappedNotYetStored) {
        List<SeatTile> tiles = new ArrayList<>(seatingTiles.size());
        for (SeatTile tile : seatingTiles) {
            SeatService service = board.seat(tile.id()).orElse(null);
            Set<SeatState> states = EnumSet.noneOf(SeatState.class);
            states.add(tile.occupant().isEmpty() ? SeatState.EMPTY : SeatState.OCCUPIED);
            String badge = "";
            if (tappedNotYetStored.contains(tile.id())) {
                states.add(SeatState.SERVED);
                badge = "0\u2032";
            } else if (service != null) {
                SeatState shown = of(service.state());
                if (shown != null) {
                    states.add(shown);
                }
                if (service.minutesSinceServed() >= 0 && service.state() != SeatServiceState.ABSENT
                        && service.state() != SeatServiceState.NOT_IN_SCOPE) {
                    badge = service.minutesSinceServed() + "\u2032";
                }
            }
            if (tile.id().equals(nextSeat)) {
                states.add(SeatState.HIGHLIGHTED);
            }
            tiles.add(new SeatTile(tile.id(), tile.x(), tile.y(), tile.width(), tile.height(), tile.label(),
                    tile.occupant(), tile.detail(), states, false, badge));
        }
        return tiles;
    }

    private static SeatState of(SeatServiceState state) {
        return switch (state) {
            case NOT_SERVED -> SeatState.NOT_SERVED;
            case SERVED -> SeatState.SERVED;
            case DUE_SOON -> SeatState.DUE_SOON;
            case OVERDUE -> SeatState.OVERDUE;
            case DECLINED -> SeatState.DECLINED;
            case DO_NOT_DISTURB -> SeatState.DO_NOT_DISTURB;
            case ABSENT -> SeatState.ABSENT;
            case NOT_IN_SCOPE -> null;
        };
    }
}
