package org.huiwu.ui;

import static org.huiwu.ui.WindowRobot.shown;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import org.huiwu.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How the layout test opens a stop of {@link LayoutStops}: it fires the button or menu item a person
 * would click (on the FX thread, without waiting, since some dialogs wait for their answer), selects
 * tabs, and opens the sample meeting's first incident. Test thread. Test code.
 */
record LayoutRobot(FxRobot robot, AppWindow window, Path list) {

    Workbench workbench() {
        return window.workbench();
    }

    /** Runs on the FX thread and lets the window settle; an action that opens a modal dialog returns at once. */
    void run(Runnable action) {
        Platform.runLater(action);
        settle();
    }

    void settle() {
        WaitForAsyncUtils.waitForFxEvents(3);
        robot.sleep(120);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Fires the shown button that matches {@code query}. */
    void fire(String query) {
        waitUntil(() -> shownNode(query).isPresent());
        ButtonBase button = (ButtonBase) shownNode(query).orElseThrow();
        run(button::fire);
    }

    /** Fires the menu bar's item with this id. */
    void menu(String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(menu -> items(menu).stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
        run(item::fire);
    }

    /** Fires an item of the menu button that matches {@code query}. */
    void menuButtonItem(String query, String itemId) {
        waitUntil(() -> shownNode(query).isPresent());
        MenuButton button = (MenuButton) shownNode(query).orElseThrow();
        MenuItem item = button.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
        run(item::fire);
    }

    /** Selects the tab with this id (query {@code #id}) in whichever tab pane of the window holds it. */
    void tab(String query) {
        String id = query.substring(1);
        waitUntil(() -> tabWithId(id).isPresent());
        Tab tab = tabWithId(id).orElseThrow();
        run(() -> tab.getTabPane().getSelectionModel().select(tab));
    }

    /** Selects the tab with this id in a tab pane of any shown dialog (the staff and assessment windows). */
    void dialogTab(String id) {
        waitUntil(() -> dialogTabWithId(id).isPresent());
        Tab tab = dialogTabWithId(id).orElseThrow();
        run(() -> tab.getTabPane().getSelectionModel().select(tab));
    }

    private Optional<Tab> dialogTabWithId(String id) {
        return javafx.stage.Window.getWindows().stream().filter(w -> w.isShowing() && w != window.stage())
                .flatMap(w -> w.getScene().getRoot().lookupAll(".tab-pane").stream())
                .filter(TabPane.class::isInstance).flatMap(pane -> ((TabPane) pane).getTabs().stream())
                .filter(tab -> id.equals(tab.getId())).findFirst();
    }

    /** Shows the sample meeting's first incident with its procedure and contacts. */
    @SuppressWarnings("unchecked")
    void openIncident() {
        tab("#incidentsTab");
        tab("#incidentListTab");
        waitUntil(() -> shownNode("#incidentTimeline").map(list -> !((ListView<?>) list).getItems().isEmpty()).orElse(false));
        ListView<Object> timeline = (ListView<Object>) shownNode("#incidentTimeline").orElseThrow();
        run(() -> timeline.getSelectionModel().select(0));
        waitUntil(() -> shownNode("#editProcedureButton").isPresent());
    }

    /** Puts the meeting tabs back if a stop left the guides in the workspace. */
    void leaveGuides() {
        if (shownNode("#guidesScreen").isPresent()) {
            run(() -> workbench().guideLinks().openLibrary());
            fire("#closeGuidesButton");
            waitUntil(() -> shownNode("#guidesScreen").isEmpty());
        }
    }

    Optional<Node> shownNode(String query) {
        return robot.from(window.stage().getScene().getRoot()).lookup(query).queryAll().stream()
                .filter(WindowRobot::shown).findFirst();
    }

    private Optional<Tab> tabWithId(String id) {
        return robot.from(window.stage().getScene().getRoot()).lookup(".tab-pane").queryAll().stream()
                .filter(pane -> pane instanceof TabPane && shown(pane))
                .flatMap(pane -> ((TabPane) pane).getTabs().stream())
                .filter(tab -> id.equals(tab.getId())).findFirst();
    }

    private static List<MenuItem> items(Menu menu) {
        return menu.getItems().stream().flatMap(item -> item instanceof Menu sub
                ? java.util.stream.Stream.concat(java.util.stream.Stream.of(sub), items(sub).stream())
                : java.util.stream.Stream.of(item)).toList();
    }
}
