package org.huiwu.ui.shell;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Fits the main window to the screen it opens on: its first size is the designed 1280×720 content, or less on a
 * smaller screen (a 1366×768 laptop with a task bar leaves about 700 pixels), so the title bar and the status bar
 * are never off the screen; once shown, a window that still reaches past the screen's usable area is moved and
 * shrunk into it. FX thread only.
 */
public final class WindowFit {

    /** Room left above the content for the window's title bar, which the window manager adds. */
    static final double TITLE_BAR = 40;

    private WindowFit() {
    }

    /** The content size for a window of {@code width}×{@code height} on a screen whose usable area is {@code usable}. */
    public static Dimension2D contentSize(double width, double height, Rectangle2D usable) {
        return new Dimension2D(Math.min(width, usable.getWidth()), Math.min(height, usable.getHeight() - TITLE_BAR));
    }

    /** {@link #contentSize} on the primary screen. */
    public static Dimension2D contentSize(double width, double height) {
        return contentSize(width, height, Screen.getPrimary().getVisualBounds());
    }

    /** Once {@code stage} shows, keeps it inside the usable area of the primary screen. */
    public static void keepOnScreen(Stage stage) {
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN,
                shown -> placeInside(stage, Screen.getPrimary().getVisualBounds()));
    }

    /** Moves and, if need be, shrinks {@code stage} so that it lies inside {@code usable}. */
    static void placeInside(Stage stage, Rectangle2D usable) {
        if (stage.getWidth() > usable.getWidth()) {
            stage.setWidth(usable.getWidth());
        }
        if (stage.getHeight() > usable.getHeight()) {
            stage.setHeight(usable.getHeight());
        }
        stage.setX(Math.max(usable.getMinX(), Math.min(stage.getX(), usable.getMaxX() - stage.getWidth())));
        stage.setY(Math.max(usable.getMinY(), Math.min(stage.getY(), usable.getMaxY() - stage.getHeight())));
    }
}
