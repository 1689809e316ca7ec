package org.huiwu.ui.control.seatmap;

import java.util.List;
import java.util.Optional;

/**
 * Spatial look-ups on a list of seat tiles: which seat an arrow key moves to, and which seat lies
 * under a plan point. Pure functions, tested without the FX toolkit; a linear scan is fast enough
 * for a few thousand seats on each key press or pointer move.
 *
 * <p>Stateless and thread-safe.
 */
public final class SeatMapNavigation {

    /** The four arrow-key directions on the plan as drawn (up is towards smaller y). */
    public enum Direction { UP, DOWN, LEFT, RIGHT }

    private static final double EPSILON = 1e-9;
    /** How much sideways offset counts against a seat outside the band. */
    private static final double SIDEWAYS_WEIGHT = 3;
    /** Within the band, sideways offset only breaks ties between seats equally far ahead. */
    private static final double IN_BAND_SIDEWAYS_WEIGHT = 0.1;
    /** Puts every seat outside the band behind every seat inside it. */
    private static final double OUT_OF_BAND_PENALTY = 1e6;

    private SeatMapNavigation() {
    }

    /**
     * The seat an arrow key moves to from {@code currentId}. Seats ahead whose extent overlaps the
     * current seat's row band (for left/right) or column band (for up/down) come first, nearest
     * ahead winning; that keeps to the row and moves between staggered rows. Failing those, the
     * nearest seat within 45 degrees of the direction, sideways offset counting three times. With
     * no current seat (or an unknown id), the top-left seat is chosen. Empty when nothing is ahead.
     */
    public static Optional<String> next(List<SeatTile> tiles, String currentId, Direction direction) {
        SeatTile current = find(tiles, currentId);
        if (current == null) {
            return first(tiles).map(SeatTile::id);
        }
        boolean vertical = direction == Direction.UP || direction == Direction.DOWN;
        SeatTile best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (SeatTile t : tiles) {
            if (t.id().equals(current.id())) {
                continue;
            }
            double dx = t.centerX() - current.centerX();
            double dy = t.centerY() - current.centerY();
            double ahead = switch (direction) {
                case UP -> -dy;
                case DOWN -> dy;
                case LEFT -> -dx;
                case RIGHT -> dx;
            };
            double sideways = Math.abs(vertical ? dx : dy);
            if (ahead <= EPSILON) {
                continue;
            }
            double score;
            if (inBand(current, t, vertical)) {
                score = ahead + IN_BAND_SIDEWAYS_WEIGHT * sideways;
            } else if (sideways < ahead) {
                score = OUT_OF_BAND_PENALTY + ahead + SIDEWAYS_WEIGHT * sideways;
            } else {
                continue;
            }
            if (score < bestScore) {
                bestScore = score;
                best = t;
            }
        }
        return Optional.ofNullable(best).map(SeatTile::id);
    }

    private static boolean inBand(SeatTile a, SeatTile b, boolean vertical) {
        return vertical
                ? b.x() < a.x() + a.width() - EPSILON && a.x() < b.x() + b.width() - EPSILON
                : b.y() < a.y() + a.height() - EPSILON && a.y() < b.y() + b.height() - EPSILON;
    }

    /** The top-most, then left-most seat; empty for no tiles. */
    public static Optional<SeatTile> first(List<SeatTile> tiles) {
        SeatTile best = null;
        for (SeatTile t : tiles) {
            if (best == null || t.y() < best.y() - 1e-9
                    || (Math.abs(t.y() - best.y()) <= 1e-9 && t.x() < best.x())) {
                best = t;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The seat under the plan point, the last one in the list if tiles overlap; null if none. */
    public static SeatTile seatAt(List<SeatTile> tiles, double planX, double planY) {
        for (int i = tiles.size() - 1; i >= 0; i--) {
            SeatTile t = tiles.get(i);
            if (t.contains(planX, planY)) {
                return t;
            }
        }
        return null;
    }

    /** The tile with the id, or null. */
    public static SeatTile find(List<SeatTile> tiles, String id) {
        if (id == null) {
            return null;
        }
        for (SeatTile t : tiles) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        return null;
    }
}
