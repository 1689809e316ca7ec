package org.huiwu.ui;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.text.Text;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the window tests do again and again: wait for a condition, open a tab of the meeting (a click
 * during the window's first layouts can miss, so it is repeated until the tab's content shows), and
 * find a seat on a map by the name it shows. Test code.
 */
final class WindowRobot {

    private WindowRobot() {
    }

    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether the node and every parent are visible: a tab switch hides the old tab's content on the next pulse. */
    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Clicks the tab until {@code contentQuery} shows and the details form is hidden. */
    static void openTab(FxRobot robot, String tabQuery, String contentQuery) {
        BooleanSupplier opened = () -> robot.lookup(contentQuery).tryQuery().filter(WindowRobot::shown).isPresent()
                && robot.lookup("#meetingTitleField").tryQuery().filter(WindowRobot::shown).isEmpty();
        waitUntil(() -> robot.lookup(tabQuery).tryQuery().filter(t -> t.isVisible() && t.getLayoutBounds().getWidth() > 0)
                .isPresent());
        for (int attempt = 0; attempt < 5 && !opened.getAsBoolean(); attempt++) {
            robot.clickOn(tabQuery);
            try {
                WaitForAsyncUtils.waitFor(4, TimeUnit.SECONDS, opened::getAsBoolean);
            } catch (java.util.concurrent.TimeoutException notYet) {
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
        waitUntil(opened);
    }

    /** The seat on a map that shows this name, found as a person would: by reading the map. */
    static Node seatOf(FxRobot robot, String mapQuery, String name) {
        return robot.lookup(mapQuery + " .seat-node").match(node -> node instanceof Parent parent
                && parent.getChildrenUnmodifiable().stream().anyMatch(c -> c instanceof Text t && name.equals(t.getText())))
                .query();
    }

    /** The shown item of an open popup or menu whose label reads {@code text}. */
    static java.util.Optional<Node> menuItem(FxRobot robot, String text) {
        return robot.lookup(".context-menu .menu-item").queryAll().stream()
                .filter(item -> item instanceof Parent parent && parent.getChildrenUnmodifiable().stream()
                        .anyMatch(c -> c instanceof javafx.scene.control.Label label && text.equals(label.getText())))
                .filter(WindowRobot::shown).findFirst();
    }

    /** Runs a command of the menu bar as a person does: opens {@code menu}, waits for {@code item}, clicks it. */
    static void command(FxRobot robot, String menu, String item) {
        robot.clickOn(menu);
        waitUntil(() -> menuItem(robot, item).isPresent());
        robot.clickOn(menuItem(robot, item).orElseThrow());
    }

    /**
     * Opens the sample meeting's tea board and starts a round for every seat, as an attendant does; returns
     * the label naming the next seat of the route, once it names the first (王建国).
     */
    static javafx.scene.control.Label startSampleTeaRound(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        openTab(robot, "#roundsTab", "#startRoundButton");
        waitUntil(() -> robot.lookup("#roundMap .seat-node").queryAll().size() == 31);
        robot.clickOn("#startRoundButton");
        javafx.scene.control.Label next = robot.lookup("#nextSeatLabel").queryAs(javafx.scene.control.Label.class);
        waitUntil(() -> next.getText().contains("王建国"));
        return next;
    }

    /** The size of a file being written, 0 while it is not there. */
    static long sizeOf(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException gone) {
            return 0;
        }
    }
}
