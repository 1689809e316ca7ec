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
 * Ctrl+Z in the field takes back nothing poured; Enter on the board itself still serves the next seat. A count
 * reached with Tab takes the digits typed in place of the old number, as a spreadsheet cell does (Tab into 0 and
 * 3 used to make 30).
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

    @Test
    void aCountReachedWithTabIsReplacedByWhatIsTyped(FxRobot robot) {
        WindowRobot.startSampleTeaRound(robot);
        @SuppressWarnings("unchecked")
        Spinner<Integer> cups = robot.lookup("#cupsSpinner").queryAs(Spinner.class);
        @SuppressWarnings("unchecked")
        Spinner<Integer> tea = robot.lookup("#teaSpinner").queryAs(Spinner.class);
        robot.interact(() -> tea.getValueFactory().setValue(0));
        robot.clickOn(cups.getEditor());
        robot.type(KeyCode.TAB);
        waitUntil(tea::isFocused);
        robot.write("3");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tea.getValue()).as("Tab into 0, type 3: 3 tea bags, not 30").isEqualTo(3);
        robot.type(KeyCode.TAB);
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        waitUntil(tea::isFocused);
        robot.write("12");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tea.getValue()).as("Shift+Tab back, type 12: 12").isEqualTo(12);
    }

    private long pours() {
        return app.window().context().roundBoard().history(SampleMeeting.ID).events().stream()
                .filter(e -> e.kind().isPour()).count();
    }
}
