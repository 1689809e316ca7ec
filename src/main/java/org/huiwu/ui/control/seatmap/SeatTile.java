package org.huiwu.ui.control.seatmap;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the {@link SeatMap} shows for one seat: plain display values that a screen maps from its
 * domain. Position and size are in plan units (one unit is about one seat width); the texts are
 * already localised. The {@code id} is stable across updates and unique within one map, so a
 * screen replaces a seat's look with {@code tiles.set(i, tile.withStates(...))} and only that seat's
 * node changes.
 *
 * <p>Immutable and thread-safe; {@code states} is copied into an unmodifiable set.
 *
 * @param id       stable, unique seat id
 * @param x        left edge in plan units
 * @param y        top edge in plan units (y grows away from the front)
 * @param width    width in plan units, positive
 * @param height   height in plan units, positive
 * @param label    seat label such as a row/number or a rank, or ""
 * @param occupant the occupant's name, or ""
 * @param detail   organisation or title, or ""; shown when zoomed in
 * @param states   display states, each shown as a pseudo-class
 * @param locked   whether the assignment is locked (shown with a small padlock)
 * @param badge    a short text such as minutes since served, or ""
 */
public record SeatTile(String id, double x, double y, double width, double height, String label,
                       String occupant, String detail, Set<SeatState> states, boolean locked,
                       String badge) {

    /** Checks the values and copies {@code states}. */
    public SeatTile {
        Objects.requireNonNull(id, "id");
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("A seat tile needs a positive size: " + id);
        }
        label = Objects.requireNonNullElse(label, "");
        occupant = Objects.requireNonNullElse(occupant, "");
        detail = Objects.requireNonNullElse(detail, "");
        badge = Objects.requireNonNullElse(badge, "");
        states = states == null || states.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
    }

    /** A tile of the given size with only a label, no occupant, state {@link SeatState#EMPTY}. */
    public static SeatTile empty(String id, double x, double y, double width, double height,
                                 String label) {
        return new SeatTile(id, x, y, width, height, label, "", "", Set.of(SeatState.EMPTY), false, "");
    }

    /** This tile with other states. */
    public SeatTile withStates(Set<SeatState> newStates) {
        return new SeatTile(id, x, y, width, height, label, occupant, detail, newStates, locked, badge);
    }

    /** This tile with another occupant and detail. */
    public SeatTile withOccupant(String newOccupant, String newDetail) {
        return new SeatTile(id, x, y, width, height, label, newOccupant, newDetail, states, locked, badge);
    }

    /** This tile with another badge text. */
    public SeatTile withBadge(String newBadge) {
        return new SeatTile(id, x, y, width, height, label, occupant, detail, states, locked, newBadge);
    }

    /** This tile locked or unlocked. */
    public SeatTile withLocked(boolean newLocked) {
        return new SeatTile(id, x, y, width, height, label, occupant, detail, states, newLocked, badge);
    }

    /** The horizontal centre in plan units. */
    public double centerX() {
        return x + width / 2;
    }

    /** The vertical centre in plan units. */
    public double centerY() {
        return y + height / 2;
    }

    /** Whether the point (in plan units) lies on this tile. */
    public boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }
}
