package org.huiwu.ui.control.seatmap;

import java.util.List;

import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * The ring around an overdue seat ({@code .seat-overdue-ring}), its opacity bound to the board's shared pulse while
 * the seat is overdue and hidden otherwise. Made only the first time its seat is overdue, as the second child of
 * the seat node, just above the face. FX thread only.
 */
final class OverdueRing {

    private Region ring;

    /**
     * Shows the ring pulsing with {@code pulse}, or hides it when {@code pulse} is null. True when the ring was made
     * now and put into {@code seatChildren}, so the seat must be laid out again.
     */
    boolean show(List<Node> seatChildren, ObservableDoubleValue pulse) {
        if (pulse == null) {
            if (ring != null) {
                ring.opacityProperty().unbind();
                ring.setVisible(false);
            }
            return false;
        }
        boolean made = ring == null;
        if (made) {
            ring = new Region();
            ring.getStyleClass().add("seat-overdue-ring");
            ring.setManaged(false);
            seatChildren.add(1, ring);
        }
        if (!ring.opacityProperty().isBound()) {
            ring.opacityProperty().bind(pulse);
        }
        ring.setVisible(true);
        return made;
    }

    /** Covers the seat's {@code width} by {@code height}, once made. */
    void fit(double width, double height) {
        if (ring != null) {
            ring.resizeRelocate(0, 0, width, height);
        }
    }
}
