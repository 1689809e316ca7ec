package org.huiwu.ui.control.seatmap;

import java.util.Locale;
import java.util.Objects;

/**
 * A non-seat element drawn on the plan: a door, the front (stage edge), tables, an aisle label or
 * a speaker's stand. Geometry is in plan units like {@link SeatTile}; the text is already
 * localised by the caller ("" for none).
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind   what the marker shows
 * @param x      left edge in plan units
 * @param y      top edge in plan units
 * @param width  width in plan units, not negative
 * @param height height in plan units, not negative
 * @param text   caption drawn on or beside the marker, or ""
 */
public record PlanMarker(Kind kind, double x, double y, double width, double height, String text) {

    /** The kinds of plan markers; each has the style class {@code plan-marker-<kind>}. */
    public enum Kind {
        /** A door; its caption sits beside it. */
        DOOR,
        /** The front of the room: the stage edge or the wall the audience faces. */
        FRONT,
        /** The long table in front of the podium seats. */
        PODIUM_TABLE,
        /** A rectangular table. */
        TABLE_RECT,
        /** A round table (an ellipse filling the bounds). */
        TABLE_ROUND,
        /** A label only, e.g. the name of an aisle or a seating block. */
        AISLE_LABEL,
        /** The speaker's stand (lectern). */
        SPEAKER_STAND;

        /** The style class of markers of this kind, e.g. {@code plan-marker-table-round}. */
        public String styleClass() {
            return "plan-marker-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Checks the values. */
    public PlanMarker {
        Objects.requireNonNull(kind, "kind");
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("A plan marker cannot have a negative size");
        }
        text = Objects.requireNonNullElse(text, "");
    }
}
