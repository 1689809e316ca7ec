package org.huiwu.ui.control.seatmap;

/**
 * How much text a seat shows at a zoom level, so that a hall of thousands of seats stays calm and
 * fast when zoomed out and shows names and organisations when zoomed in. The skin hides text nodes
 * (never removes them) when the level changes, which touches each seat once per level change, not
 * once per zoom step.
 *
 * <p>Immutable and thread-safe.
 */
enum DetailLevel {
    /** Coloured blocks only: a seat is under about 28 px wide. */
    BLOCKS,
    /** The occupant's name (with the badge, such as the minutes since the last pour), or the seat label when empty. */
    NAMES,
    /** Label, name, badge and padlock. */
    FULL,
    /** Everything, including the organisation or title. */
    DETAILED;

    static final double NAMES_FROM = 0.35;
    static final double FULL_FROM = 0.7;
    static final double DETAILED_FROM = 1.2;

    /** The level for a zoom factor. */
    static DetailLevel forZoom(double zoom) {
        if (zoom >= DETAILED_FROM) {
            return DETAILED;
        }
        if (zoom >= FULL_FROM) {
            return FULL;
        }
        return zoom >= NAMES_FROM ? NAMES : BLOCKS;
    }

    /** Whether this level shows at least as much as {@code other}. */
    boolean atLeast(DetailLevel other) {
        return compareTo(other) >= 0;
    }
}
