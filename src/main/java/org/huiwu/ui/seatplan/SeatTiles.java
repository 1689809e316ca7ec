package org.huiwu.ui.seatplan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javafx.collections.ObservableList;

import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.Viewpoint;
import org.huiwu.ui.control.seatmap.SeatState;
import org.huiwu.ui.control.seatmap.SeatTile;

/**
 * Turns laid-out seats and who sits in them into the seat map's tiles: position on screen for the
 * chosen viewpoint (the podium view turns the plan by 180°), a short label (the rank on the podium,
 * row-number elsewhere, none on an interpreter seat, whose badge says 译员), the occupant's name and organisation
 * (the unit, also in the tooltip), a badge such as 主持 for the presider, and the states (occupied, check-in,
 * search hit). Stateless; {@link #replaceChanged} runs on the FX thread.
 */
public final class SeatTiles {

    static final double PITCH_X = 1.08;
    static final double TILE_WIDTH = 0.96;
    static final double TILE_HEIGHT = 0.8;

    private SeatTiles() {
    }

    /** Where a seat's centre is drawn for the viewpoint; {@code maxX}/{@code maxY} bound the plan. */
    static double[] centre(PlannedSeat seat, Viewpoint viewpoint, double maxX, double maxY) {
        double x = seat.x() * PITCH_X;
        double y = seat.y();
        return viewpoint == Viewpoint.PODIUM ? new double[] {maxX - x, maxY - y} : new double[] {x, y};
    }

    public static List<SeatTile> tiles(List<PlannedSeat> seats, SeatAssignments assignments, Map<UUID, Attendee> people,
            Set<String> highlighted, Viewpoint viewpoint) {
        return tiles(seats, assignments, people, highlighted, viewpoint, Map.of());
    }

    /** The tiles with a badge on some seats, such as 主持 on the presider's seat ({@code badges} by seat key). */
    public static List<SeatTile> tiles(List<PlannedSeat> seats, SeatAssignments assignments, Map<UUID, Attendee> people,
            Set<String> highlighted, Viewpoint viewpoint, Map<String, String> badges) {
        double[] bounds = bounds(seats);
        List<SeatTile> tiles = new ArrayList<>(seats.size());
        int podiumRank = 0;
        for (PlannedSeat seat : seats) {
            String label = seat.blockKind() == BlockKind.PODIUM ? String.valueOf(++podiumRank)
                    : seat.interpreter() ? "" : seat.row() + "-" + seat.number();
            tiles.add(tile(seat, label, assignments, people, highlighted.contains(seat.key()), viewpoint, bounds)
                    .withBadge(badges.getOrDefault(seat.key(), "")));
        }
        return tiles;
    }

    /** The smallest and largest drawn x and y of the plan in the audience view: {minX, minY, maxX, maxY}. */
    static double[] bounds(List<PlannedSeat> seats) {
        double minX = 0;
        double maxX = 0;
        double maxY = 0;
        for (PlannedSeat seat : seats) {
            minX = Math.min(minX, seat.x() * PITCH_X);
            maxX = Math.max(maxX, seat.x() * PITCH_X);
            maxY = Math.max(maxY, seat.y());
        }
        return new double[] {minX, 0, maxX, maxY};
    }

    private static SeatTile tile(PlannedSeat seat, String label, SeatAssignments assignments, Map<UUID, Attendee> people,
            boolean highlighted, Viewpoint viewpoint, double[] bounds) {
        double[] centre = centre(seat, viewpoint, bounds[0] + bounds[2], bounds[3]);
        Attendee occupant = assignments.occupantOf(seat.key()).map(people::get).orElse(null);
        Set<SeatState> states = EnumSet.noneOf(SeatState.class);
        states.add(occupant == null ? SeatState.EMPTY : SeatState.OCCUPIED);
        if (occupant != null) {
            if (occupant.checkIn() == CheckInStatus.ARRIVED) {
                states.add(SeatState.CHECKED_IN);
            } else if (occupant.checkIn() == CheckInStatus.LATE) {
                states.add(SeatState.LATE);
            } else if (occupant.checkIn() == CheckInStatus.ABSENT) {
                states.add(SeatState.ABSENT);
            }
        }
        if (highlighted) {
            states.add(SeatState.HIGHLIGHTED);
        }
        String detail = occupant == null ? "" : occupant.position().isEmpty() ? occupant.organisation()
                : occupant.organisation() + " " + occupant.position();
        return new SeatTile(seat.key(), centre[0] - TILE_WIDTH / 2, centre[1] - TILE_HEIGHT / 2, TILE_WIDTH, TILE_HEIGHT,
                label, occupant == null ? "" : occupant.name(), detail.strip(), states,
                assignments.isLocked(seat.key()), "");
    }

    /**
     * Brings the shown {@code tiles} to {@code next}, replacing only the tiles that changed (so the seat
     * map redraws those alone), or all of them when the number of seats changed. FX thread.
     */
    public static void replaceChanged(ObservableList<SeatTile> tiles, List<SeatTile> next) {
        if (next.size() != tiles.size()) {
            tiles.setAll(next);
            return;
        }
        for (int i = 0; i < next.size(); i++) {
            if (!next.get(i).equals(tiles.get(i))) {
                tiles.set(i, next.get(i));
            }
        }
    }
}
