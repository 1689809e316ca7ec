package org.huiwu.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import org.huiwu.ui.common.StartupMarks;

/**
 * The floor of the start-up benchmark: the smallest JavaFX window that looks like an application (a menu
 * bar, a list and a label), started from the same jar on the same JVM and marked by the same
 * {@link StartupMarks} rule as Huiwu. Test code; FX thread only once launched.
 */
public final class MinimalWindow {

    private MinimalWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The application class (nested, so the main class does not extend Application on the class path). */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            ListView<String> list = new ListView<>();
            list.setId("meetingList");
            list.getItems().addAll("Meeting 1", "Meeting 2", "Meeting 3");
            BorderPane root = new BorderPane(list);
            root.setTop(new MenuBar(new Menu("File", null, new MenuItem("Quit"))));
            root.setBottom(new Label("Ready"));
            stage.setScene(new Scene(root, 1280, 720));
            stage.setTitle("Minimal");
            StartupMarks.watch(stage, "#meetingList");
            stage.show();
        }
    }
}
