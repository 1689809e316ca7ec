package org.huiwu.ui.control.seatmap;

import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The plan markers under the seats: a styled {@link Region} per marker ({@code .plan-marker} and
 * {@code .plan-marker-<kind>}) and its centred caption ({@code .plan-marker-text}). Markers are
 * few, so any change rebuilds the layer. Captions hide with the seat texts when zoomed far out.
 *
 * <p>FX thread only.
 */
final class MarkerLayer extends Group {

    private static final double U = PlanViewport.UNIT_PX;

    MarkerLayer() {
        setAutoSizeChildren(false);
        getStyleClass().add("plan-marker-layer");
    }

    void showAll(List<? extends PlanMarker> markers, DetailLevel level) {
        getChildren().clear();
        for (PlanMarker m : markers) {
            if (m.kind() != PlanMarker.Kind.AISLE_LABEL) {
                Region shape = new Region();
                shape.getStyleClass().addAll("plan-marker", m.kind().styleClass());
                shape.resizeRelocate(m.x() * U, m.y() * U, m.width() * U, m.height() * U);
                getChildren().add(shape);
            }
            if (!m.text().isEmpty()) {
                getChildren().add(caption(m));
            }
        }
        setLevel(level);
    }

    private static Text caption(PlanMarker m) {
        Text t = new Text(m.text());
        t.getStyleClass().addAll("plan-marker-text", m.kind().styleClass() + "-text");
        t.setTextOrigin(VPos.CENTER);
        t.setTextAlignment(TextAlignment.CENTER);
        t.setWrappingWidth(Math.max(m.width() * U, U));
        t.setX(m.x() * U + (m.width() * U - t.getWrappingWidth()) / 2);
        t.setY(m.y() * U + m.height() * U / 2);
        return t;
    }

    void setLevel(DetailLevel level) {
        boolean show = level.atLeast(DetailLevel.NAMES);
        getChildren().stream().filter(Text.class::isInstance).forEach(n -> n.setVisible(show));
    }
}
