package org.huiwu.ui.control.seatmap;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.scene.Node;

/**
 * The state pseudo-classes one seat shows on its face: its tile's {@link SeatState}s plus the
 * control's own marks, {@code :selected} for the selected seat and {@code :drop-target} under a
 * drag. A text that a state recolours follows that one state (e.g. the badge follows
 * {@code :overdue}). Only the differences reach the nodes, so an unchanged state costs no restyle.
 *
 * <p>FX thread only.
 */
final class SeatStateClasses {

    private final Node node;
    private final Map<SeatState, List<Node>> followers = new EnumMap<>(SeatState.class);
    private final Set<SeatState> shown = EnumSet.noneOf(SeatState.class);
    private final Set<SeatState> wanted = EnumSet.noneOf(SeatState.class);
    private boolean selected;
    private boolean dropHover;

    SeatStateClasses(Node node) {
        this.node = node;
    }

    /** Gives {@code follower} the pseudo-class of {@code state} whenever the face has it. */
    void follow(SeatState state, Node follower) {
        followers.computeIfAbsent(state, s -> new ArrayList<>(1)).add(follower);
        follower.pseudoClassStateChanged(state.pseudoClass(), shown.contains(state));
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
                for (Node follower : followers.getOrDefault(s, List.of())) {
                    follower.pseudoClassStateChanged(s.pseudoClass(), on);
                }
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
