package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The window's screens are built when first shown, not at start, and show what their view-models
 * loaded before; a menu entry and the toolbar button of the same command share its enabled state.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ScreensTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1280, 720);

    @Test
    void aTabIsBuiltWhenFirstShownAndShowsWhatWasLoadedBefore(FxRobot robot) {
        assertThat(robot.lookup("#roundMap").tryQuery()).as("the tea board is not built at start").isEmpty();
        assertThat(robot.lookup("#seatMap").tryQuery()).as("nor the seating screen").isEmpty();
        assertThat(robot.lookup("#guidesScreen").tryQuery()).as("nor the guides").isEmpty();

        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        assertThat(robot.lookup("#roundMap").tryQuery()).as("opening a meeting builds no tab").isEmpty();

        robot.interact(() -> app.window().workbench().state().show("roundsTab"));
        waitUntil(() -> robot.lookup("#roundMap .seat-node").queryAll().size() == 31);
        assertThat(robot.lookup("#seatMap").tryQuery()).as("showing one tab builds only that one").isEmpty();
    }

    @Test
    void theMenuEntryAndTheToolbarButtonOfOneCommandAreEnabledTogether(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        MenuItem undo = menuItem(robot, "seatingMenuUndo");
        assertThat(undo.isDisable()).as("undo is off while another tab is shown").isTrue();

        MenuItem autoAssign = menuItem(robot, "seatingMenuAutoAssign");
        robot.interact(autoAssign::fire);
        waitUntil(() -> !robot.lookup("#seatMap .seat-node").queryAll().isEmpty());
        assertThat(app.window().workbench().state().shownScreenProperty().get())
                .as("the menu entry brought the seating tab forward").isEqualTo("seatingTab");
        Button undoButton = robot.lookup("#undoButton").queryButton();
        Button autoAssignButton = robot.lookup("#autoAssignButton").queryButton();
        assertThat(undoButton.isDisable()).as("nothing to undo yet, as the menu says").isEqualTo(undo.isDisable());
        assertThat(autoAssignButton.isDisable()).isFalse().isEqualTo(autoAssign.isDisable());

        robot.interact(() -> app.window().workbench().state().currentMeetingProperty().set(null));
        assertThat(autoAssign.isDisable()).as("no meeting: the command is off").isTrue();
        assertThat(autoAssignButton.isDisable()).as("and so is its toolbar button").isTrue();
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }
}
