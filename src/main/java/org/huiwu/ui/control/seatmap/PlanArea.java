package org.huiwu.ui.control.seatmap;

import java.util.Collection;

/**
 * An axis-aligned rectangle in plan units: the extent of a seat, of a marker or of a whole plan.
 *
 * <p>Immutable and thread-safe.
 *
 * @param x      left edge in plan units
 * @param y      top edge in plan units
 * @param width  width in plan units
 * @param height height in plan units
 */
public record PlanArea(double x, double y, double width, double height) {

    /** The area of one seat tile. */
    public static PlanArea of(SeatTile tile) {
        return new PlanArea(tile.x(), tile.y(), tile.width(), tile.height());
    }

    /** Whether the area has no extent. */
    public boolean isEmpty() {
        return !(width > 0) || !(height > 0);
    }

    /** The smallest area holding all tiles and markers; an empty area at 0,0 when there are none. */
    public static PlanArea enclosing(Collection<SeatTile> tiles, Collection<PlanMarker> markers) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (SeatTile t : tiles) {
            minX = Math.min(minX, t.x());
            minY = Math.min(minY, t.y());
            maxX = Math.max(maxX, t.x() + t.width());
            maxY = Math.max(maxY, t.y() + t.height());
        }
        for (PlanMarker m : markers) {
            minX = Math.min(minX, m.x());
            minY = Math.min(minY, m.y());
            maxX = Math.max(maxX, m.x() + m.width());
            maxY = Math.max(maxY, m.y() + m.height());
        }
        if (minX > maxX) {
            return new PlanArea(0, 0, 0, 0);
        }
        return new PlanArea(minX, minY, maxX - minX, maxY - minY);
    }
}
