package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;

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
 * a wrong PIN keeps it locked; the right one shows the content again.
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

    private static Node prompt(FxRobot robot) {
        return robot.lookup("#idleLockPrompt").query();
    }
}
