package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.time.Instant;
import java.time.ZoneId;

import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;

import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Found on a walk through the real window: on the tea board with a round open, an attendant types a
 * consumables count and presses Enter to confirm it. Enter there commits the count and serves nobody, and
 * Ctrl+Z in the field takes back nothing poured; Enter on the board itself still serves the next seat.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TeaBoardFieldKeysTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(clock, 1280, 720);

    @Test
    void enterInAConsumablesCountCommitsTheCountAndServesNobody(FxRobot robot) {
        Label next = WindowRobot.startSampleTeaRound(robot);
        long poursBefore = pours();

        @SuppressWarnings("unchecked")
        Spinner<Integer> cups = robot.lookup("#cupsSpinner").queryAs(Spinner.class);
        robot.interact(() -> cups.getEditor().setText(""));
        robot.clickOn(cups.getEditor());
        robot.write("20");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cups.getValue()).as("Enter committed the count").isEqualTo(20);
        assertThat(next.getText()).as("nobody was served").contains("王建国");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pours()).as("no pour recorded or taken back").isEqualTo(poursBefore);

        robot.interact(() -> robot.lookup("#roundMap").query().requestFocus());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> next.getText().contains("李文华"));
    }

    private long pours() {
        return app.window().context().roundBoard().history(SampleMeeting.ID).events().stream()
                .filter(e -> e.kind().isPour()).count();
    }
}
