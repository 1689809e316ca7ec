package org.huiwu.ui.control.seatmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The parts of a seat node on their own, with the toolkit started but no window: the overdue ring pulses only while
 * its seat is overdue, and the seat texts change (and say so) only when their value does. Not thread-safe.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SeatNodePartsTest {

    @Test
    void theOverdueRingIsMadeOnceAboveTheFacePulsesWhileOverdueAndHidesAfter() {
        Region face = new Region();
        List<Node> children = new ArrayList<>(List.of(face, new Text("1")));
        OverdueRing ring = new OverdueRing();
        assertThat(ring.show(children, null)).as("never overdue: nothing made").isFalse();
        assertThat(children).hasSize(2);

        DoubleProperty pulse = new SimpleDoubleProperty(0.4);
        assertThat(ring.show(children, pulse)).isTrue();
        Node made = children.get(1);
        assertThat(made.getStyleClass()).containsExactly("seat-overdue-ring");
        assertThat(made.isVisible()).isTrue();
        pulse.set(0.8);
        assertThat(made.getOpacity()).isEqualTo(0.8);
        assertThat(ring.show(children, pulse)).as("made once").isFalse();
        assertThat(children).hasSize(3);

        ring.show(children, null);
        assertThat(made.isVisible()).isFalse();
        pulse.set(0.1);
        assertThat(made.getOpacity()).as("no longer following the pulse").isEqualTo(0.8);
        ring.fit(40, 30);
        assertThat(made.getLayoutBounds().getWidth()).isEqualTo(40);
    }

    @Test
    void aSeatTextChangesOnlyWhenItsValueDoes() {
        Text text = SeatTexts.text("seat-label");
        assertThat(text.getStyleClass()).contains("seat-label");
        assertThat(text.isManaged()).isFalse();
        assertThat(SeatTexts.set(text, "A-1")).isTrue();
        assertThat(SeatTexts.set(text, "A-1")).isFalse();
        assertThat(text.getText()).isEqualTo("A-1");
        SeatTexts.wrap(text, 52);
        assertThat(text.getWrappingWidth()).isEqualTo(52);
        SeatTexts.wrap(text, 0);
        assertThat(text.getWrappingWidth()).isZero();
    }
}
