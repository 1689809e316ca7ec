package org.huiwu.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Runs a form's last commit when the window it is shown in starts to close: the close button, the quit command's
 * {@code stage.close()} and the app's exit all hide the window, and hiding comes before the application's stop
 * closes the database, so work the commit hands to the {@link TaskRunner} is still done. The action follows the
 * node from window to window and is dropped when the node leaves its scene (a rebuilt window). FX thread only.
 */
public final class WindowClosing {

    private WindowClosing() {
    }

    /** Runs {@code action} on the FX thread as the window showing {@code node} starts to hide. */
    public static void whenClosing(Node node, Runnable action) {
        EventHandler<WindowEvent> hiding = event -> action.run();
        ChangeListener<Window> windowChange = (obs, was, now) -> {
            if (was != null) {
                was.removeEventHandler(WindowEvent.WINDOW_HIDING, hiding);
            }
            if (now != null) {
                now.addEventHandler(WindowEvent.WINDOW_HIDING, hiding);
            }
        };
        ChangeListener<Scene> sceneChange = (obs, was, now) -> {
            if (was != null) {
                was.windowProperty().removeListener(windowChange);
                windowChange.changed(was.windowProperty(), was.getWindow(), null);
            }
            if (now != null) {
                now.windowProperty().addListener(windowChange);
                windowChange.changed(now.windowProperty(), null, now.getWindow());
            }
        };
        node.sceneProperty().addListener(sceneChange);
        sceneChange.changed(node.sceneProperty(), null, node.getScene());
    }
}
