package org.huiwu.ui.control.seatmap;

import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.util.Duration;

/**
 * The slow opacity pulse of overdue seats' rings. One {@link Timeline} for the whole map drives one
 * level that every overdue ring binds to. It runs only while some seat is overdue, animations are
 * allowed and the map is in a scene; otherwise it is stopped and the level rests at 1, so an idle
 * map causes no animation pulses.
 *
 * <p>FX thread only.
 */
final class OverduePulse {

    private static final double LOW = 0.3;
    private static final Duration HALF_PERIOD = Duration.millis(1100);

    private final DoubleProperty level = new SimpleDoubleProperty(this, "level", 1);
    private final Timeline timeline = new Timeline(
            new KeyFrame(Duration.ZERO, new KeyValue(level, 1, Interpolator.EASE_BOTH)),
            new KeyFrame(HALF_PERIOD, new KeyValue(level, LOW, Interpolator.EASE_BOTH)));
    private boolean needed;
    private boolean allowed;

    OverduePulse() {
        timeline.setAutoReverse(true);
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    /** The ring opacity, between 0.3 and 1. */
    ObservableDoubleValue level() {
        return level;
    }

    /** Whether any seat is overdue. */
    void setNeeded(boolean value) {
        needed = value;
        refresh();
    }

    /** Whether animations are enabled and the map is showing. */
    void setAllowed(boolean value) {
        allowed = value;
        refresh();
    }

    boolean isRunning() {
        return timeline.getStatus() == Animation.Status.RUNNING;
    }

    void stop() {
        allowed = false;
        refresh();
    }

    private void refresh() {
        boolean run = needed && allowed;
        if (run && !isRunning()) {
            timeline.playFromStart();
        } else if (!run && timeline.getStatus() != Animation.Status.STOPPED) {
            timeline.stop();
            level.set(1);
        }
    }
}
