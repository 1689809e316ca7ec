package org.huiwu.ui.control.seatmap;

/**
 * The view of a plan on screen, and the maths of zooming and panning it. A plan point {@code p}
 * (in plan units) appears at screen pixel {@code pan + p * UNIT_PX * zoom} inside the viewport.
 * Pure functions of their arguments, so they are tested without the FX toolkit.
 *
 * <p>Immutable and thread-safe.
 *
 * @param zoom the scale factor, within {@link #MIN_ZOOM}..{@link #MAX_ZOOM}
 * @param panX where the plan origin appears, in viewport pixels from the left
 * @param panY where the plan origin appears, in viewport pixels from the top
 */
public record PlanViewport(double zoom, double panX, double panY) {

    /** Pixels per plan unit at zoom 1: a seat one unit wide is 80 px wide. */
    public static final double UNIT_PX = 80;
    /** The smallest zoom. */
    public static final double MIN_ZOOM = 0.1;
    /** The largest zoom. */
    public static final double MAX_ZOOM = 8;
    /** The zoom {@link #revealing} raises to, so that names are readable after find-a-person. */
    public static final double READING_ZOOM = 1.0;

    /** Clamps the zoom into range. */
    public PlanViewport {
        zoom = clampZoom(zoom);
    }

    /** The zoom limited to {@link #MIN_ZOOM}..{@link #MAX_ZOOM}; NaN becomes 1. */
    public static double clampZoom(double zoom) {
        if (Double.isNaN(zoom)) {
            return 1;
        }
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    }

    /** Screen pixels per plan unit. */
    public double pixelsPerUnit() {
        return zoom * UNIT_PX;
    }

    /** The plan x (units) under viewport pixel {@code sx}. */
    public double toPlanX(double sx) {
        return (sx - panX) / pixelsPerUnit();
    }

    /** The plan y (units) under viewport pixel {@code sy}. */
    public double toPlanY(double sy) {
        return (sy - panY) / pixelsPerUnit();
    }

    /** The viewport pixel of plan x {@code px}. */
    public double toScreenX(double px) {
        return panX + px * pixelsPerUnit();
    }

    /** The viewport pixel of plan y {@code py}. */
    public double toScreenY(double py) {
        return panY + py * pixelsPerUnit();
    }

    /** This view moved by a screen distance. */
    public PlanViewport panBy(double dx, double dy) {
        return new PlanViewport(zoom, panX + dx, panY + dy);
    }

    /**
     * This view zoomed by {@code factor}, keeping the plan point under viewport pixel
     * ({@code sx}, {@code sy}) in place. At a zoom limit the view does not move.
     */
    public PlanViewport zoomAbout(double factor, double sx, double sy) {
        double newZoom = clampZoom(zoom * factor);
        double planX = toPlanX(sx);
        double planY = toPlanY(sy);
        double ppu = newZoom * UNIT_PX;
        return new PlanViewport(newZoom, sx - planX * ppu, sy - planY * ppu);
    }

    /**
     * The view that shows the whole area, centred, with {@code margin} pixels left free on each
     * side. An empty area or viewport gives zoom 1 with the area's origin at the margin.
     */
    public static PlanViewport fit(PlanArea area, double viewWidth, double viewHeight, double margin) {
        double freeW = viewWidth - 2 * margin;
        double freeH = viewHeight - 2 * margin;
        if (area.isEmpty() || freeW <= 0 || freeH <= 0) {
            return new PlanViewport(1, margin - area.x() * UNIT_PX, margin - area.y() * UNIT_PX);
        }
        double zoom = clampZoom(Math.min(freeW / (area.width() * UNIT_PX),
                freeH / (area.height() * UNIT_PX)));
        double ppu = zoom * UNIT_PX;
        double panX = (viewWidth - area.width() * ppu) / 2 - area.x() * ppu;
        double panY = (viewHeight - area.height() * ppu) / 2 - area.y() * ppu;
        return new PlanViewport(zoom, panX, panY);
    }

    /**
     * The view centred on {@code area}, zoomed in to at least {@link #READING_ZOOM} (and out just
     * enough if the area would not fit otherwise). Used by find-a-person.
     */
    public PlanViewport centredOn(PlanArea area, double viewWidth, double viewHeight) {
        double newZoom = Math.max(zoom, READING_ZOOM);
        if (!area.isEmpty() && viewWidth > 0 && viewHeight > 0) {
            newZoom = Math.min(newZoom, Math.min(viewWidth / (area.width() * UNIT_PX),
                    viewHeight / (area.height() * UNIT_PX)));
        }
        newZoom = clampZoom(newZoom);
        double ppu = newZoom * UNIT_PX;
        double cx = area.x() + area.width() / 2;
        double cy = area.y() + area.height() / 2;
        return new PlanViewport(newZoom, viewWidth / 2 - cx * ppu, viewHeight / 2 - cy * ppu);
    }

    /**
     * This view moved as little as possible so that {@code area} lies inside the viewport with
     * {@code margin} pixels to spare; unchanged when it already does. Used by keyboard navigation.
     */
    public PlanViewport revealing(PlanArea area, double viewWidth, double viewHeight, double margin) {
        double dx = shift(toScreenX(area.x()), toScreenX(area.x() + area.width()), viewWidth, margin);
        double dy = shift(toScreenY(area.y()), toScreenY(area.y() + area.height()), viewHeight, margin);
        return dx == 0 && dy == 0 ? this : panBy(dx, dy);
    }

    private static double shift(double start, double end, double extent, double margin) {
        if (end - start > extent - 2 * margin) {
            return extent / 2 - (start + end) / 2;
        }
        if (start < margin) {
            return margin - start;
        }
        if (end > extent - margin) {
            return extent - margin - end;
        }
        return 0;
    }
}
