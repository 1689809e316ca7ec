package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.huiwu.logic.privacy.LockPin;
import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The idle lock on the real window with a clock the test moves: input restarts the idle time; after the set
 * minutes the content (the sample meeting's attendees) is hidden, not only covered, behind the PIN prompt;
 * a wrong PIN keeps it locked; the right one shows the content again. An open modal dialog is hidden too, the
 * PIN asked above it, and it comes back open as it was.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class IdleLockWindowTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dataDir;

    private AppWindow window;

    @Start
    void start(Stage primary) {
        window = AppWindow.open(dataDir, clock, 1366, 768);
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    @Test
    void afterTheIdleMinutesOnlyTheRightPinShowsTheContentAgain(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> window.workbench().state().currentMeeting() != null);
        window.context().preferences().setIdleLockMinutes(5);
        window.context().preferences().setLockPin(LockPin.hash("2468"));
        robot.interact(() -> window.workbench().reloadIdleLock());
        WaitForAsyncUtils.waitForFxEvents();
        Node content = window.stage().getScene().getRoot().getChildrenUnmodifiable().get(0);

        clock.advance(Duration.ofMinutes(4));
        robot.interact(() -> window.workbench().lockIfIdle());
        assertThat(prompt(robot).isVisible()).isFalse();
        robot.moveTo("#openSampleButton").moveBy(5, 5);
        clock.advance(Duration.ofMinutes(4));
        robot.interact(() -> window.workbench().lockIfIdle());
        assertThat(prompt(robot).isVisible()).as("input restarted the idle time").isFalse();

        clock.advance(Duration.ofMinutes(1));
        robot.interact(() -> window.workbench().lockIfIdle());
        assertThat(prompt(robot).isVisible()).isTrue();
        assertThat(content.isVisible()).as("the content is hidden, not only covered").isFalse();

        robot.clickOn("#lockPinField").write("1111");
        robot.clickOn("#unlockButton");
        assertThat(prompt(robot).isVisible()).isTrue();
        assertThat(content.isVisible()).isFalse();
        assertThat(robot.lookup("#lockWrong").queryAs(Label.class).getText()).isNotEmpty();

        robot.clickOn("#lockPinField").write("2468");
        robot.clickOn("#unlockButton");
        assertThat(prompt(robot).isVisible()).isFalse();
        assertThat(content.isVisible()).isTrue();
    }

    @Test
    void anOpenDialogIsHiddenToAndTheRightPinBringsItBack(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> window.workbench().state().currentMeeting() != null);
        window.context().preferences().setIdleLockMinutes(5);
        window.context().preferences().setLockPin(LockPin.hash("2468"));
        robot.interact(() -> window.workbench().reloadIdleLock());
        MenuItem capture = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(item -> "menuCaptureIncident".equals(item.getId()))
                .findFirst().orElseThrow();
        Platform.runLater(capture::fire);
        waitUntil(() -> dialog() != null);
        Stage dialog = dialog();
        Node dialogContent = dialog.getScene().getRoot();
        assertThat(dialogContent.isVisible()).isTrue();

        clock.advance(Duration.ofMinutes(6));
        Platform.runLater(() -> window.workbench().lockIfIdle());
        waitUntil(() -> robot.lookup("#dialogLockPinField").tryQuery().isPresent());
        assertThat(dialogContent.isVisible()).as("the dialog's content is hidden while locked").isFalse();
        assertThat(dialog.isShowing()).as("the dialog stays open").isTrue();
        assertThat(prompt(robot).isVisible()).isTrue();

        robot.clickOn("#dialogLockPinField").write("1111");
        robot.clickOn("#dialogUnlockButton");
        assertThat(dialogContent.isVisible()).isFalse();
        assertThat(robot.lookup("#dialogLockWrong").queryAs(Label.class).getText()).isNotEmpty();

        robot.clickOn("#dialogLockPinField").write("2468");
        robot.clickOn("#dialogUnlockButton");
        waitUntil(() -> robot.lookup("#dialogLockPinField").tryQuery().isEmpty());
        assertThat(dialogContent.isVisible()).isTrue();
        assertThat(dialog.isShowing()).isTrue();
        assertThat(prompt(robot).isVisible()).isFalse();
        robot.interact(dialog::close);
    }

    /** The dialog shown over the main window, or null. */
    private Stage dialog() {
        return Window.getWindows().stream().filter(w -> w != window.stage() && w.isShowing() && w instanceof Stage)
                .map(Stage.class::cast).findFirst().orElse(null);
    }

    private static Node prompt(FxRobot robot) {
        return robot.lookup("#idleLockPrompt").query();
    }
}
