package org.huiwu.ui.control.seatmap;

import java.util.EnumSet;
import java.util.Set;

import javafx.scene.Node;

/**
 * The state pseudo-classes one seat node shows: its tile's {@link SeatState}s plus the control's
 * own marks, {@code :selected} for the selected seat and {@code :drop-target} under a drag. Only
 * the differences reach the node, so an unchanged state costs no restyle.
 *
 * <p>FX thread only.
 */
final class SeatStateClasses {

    private final Node node;
    private final Set<SeatState> shown = EnumSet.noneOf(SeatState.class);
    private final Set<SeatState> wanted = EnumSet.noneOf(SeatState.class);
    private boolean selected;
    private boolean dropHover;

    SeatStateClasses(Node node) {
        this.node = node;
    }

    void setSelected(boolean value) {
        selected = value;
    }

    void setDropHover(boolean value) {
        dropHover = value;
    }

    /** Shows the tile's states and the control's marks; true if {@code :empty} changed. */
    boolean show(Set<SeatState> tileStates) {
        wanted.clear();
        wanted.addAll(tileStates);
        if (selected) {
            wanted.add(SeatState.SELECTED);
        }
        if (dropHover) {
            wanted.add(SeatState.DROP_TARGET);
        }
        boolean emptyChanged = false;
        for (SeatState s : SeatState.values()) {
            boolean on = wanted.contains(s);
            if (on != shown.contains(s)) {
                node.pseudoClassStateChanged(s.pseudoClass(), on);
                emptyChanged |= s == SeatState.EMPTY;
                if (on) {
                    shown.add(s);
                } else {
                    shown.remove(s);
                }
            }
        }
        return emptyChanged;
    }
}
