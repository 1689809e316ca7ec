package org.huiwu.ui.guides;

import java.util.List;
import java.util.stream.Stream;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;

/**
 * The displays attached to the computer, as their bounds in virtual-screen coordinates, the primary
 * display first. Trainer mode puts the projector on the second display when there is one. A test can
 * pretend to have any number of displays. Call on the FX thread.
 */
@FunctionalInterface
public interface Displays {

    List<Rectangle2D> bounds();

    /** The displays JavaFX reports, primary first. */
    static Displays ofScreens() {
        return () -> {
            Screen primary = Screen.getPrimary();
            List<Rectangle2D> others = Screen.getScreens().stream().filter(s -> !s.equals(primary))
                    .map(Screen::getBounds).toList();
            return Stream.concat(Stream.of(primary.getBounds()), others.stream())
                    .toList();
        };
    }
}
