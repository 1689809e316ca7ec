package org.huiwu.logic.seating.print;

import java.util.Comparator;
import java.util.List;

/**
 * A paper size in points (A4 or A3, either way up) and the choice of the one a seat chart fits best:
 * A4 unless the seats would come out too small to read, then A3; the orientation that gives the
 * larger seats. Immutable, thread-safe.
 */
record PageSize(double width, double height) {

    static final PageSize A4_LANDSCAPE = new PageSize(841.89, 595.28);
    static final PageSize A4_PORTRAIT = new PageSize(595.28, 841.89);
    static final PageSize A3_LANDSCAPE = new PageSize(1190.55, 841.89);
    static final PageSize A3_PORTRAIT = new PageSize(841.89, 1190.55);

    /** Below this many points per seat on A4 the chart moves to A3. */
    private static final double SMALLEST_READABLE_SEAT = 40;

    static PageSize choose(SeatChart chart) {
        PageSize a4 = best(chart, List.of(A4_LANDSCAPE, A4_PORTRAIT));
        if (ChartPainter.unit(chart, a4) >= SMALLEST_READABLE_SEAT) {
            return a4;
        }
        return best(chart, List.of(A3_LANDSCAPE, A3_PORTRAIT));
    }

    private static PageSize best(SeatChart chart, List<PageSize> sizes) {
        return sizes.stream().max(Comparator.comparingDouble(size -> ChartPainter.unit(chart, size))).orElseThrow();
    }
}
