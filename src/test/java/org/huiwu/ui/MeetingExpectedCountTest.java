package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javafx.scene.Node;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.huiwu.logic.sample.SampleMeeting;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The meeting form's expected-attendees spinner takes typing as a spreadsheet cell does: Tab into it from the
 * venue field and type 25, and the meeting expects 25 (not the old number with 25 stuck to it).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MeetingExpectedCountTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1366, 768);

    @Test
    void tabIntoTheExpectedSpinnerAndTypeReplacesTheNumber(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> robot.lookup("#meetingVenueField").tryQuery().filter(WindowRobot::shown).isPresent());
        Spinner<?> spinner = robot.lookup("#expectedSpinner").queryAs(Spinner.class);
        waitUntil(() -> !spinner.getEditor().getText().isEmpty() && !"0".equals(spinner.getEditor().getText()));
        robot.interact(() -> robot.lookup("#meetingVenueField").queryAs(TextField.class).requestFocus());
        for (int i = 0; i < 6 && !"expectedSpinner".equals(focusId()); i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(focusId()).isEqualTo("expectedSpinner");
        robot.write("25").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(spinner.getValue()).isEqualTo(25);
        waitUntil(() -> app.window().context().meetings().find(SampleMeeting.ID).orElseThrow()
                .expectedAttendees() == 25);
    }

    @Test
    void zeroIsSavedAsTheListsExpectedCountWithoutTheServiceStaff(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> robot.lookup("#meetingVenueField").tryQuery().filter(WindowRobot::shown).isPresent());
        Spinner<?> spinner = robot.lookup("#expectedSpinner").queryAs(Spinner.class);
        waitUntil(() -> robot.lookup("#listedLabel").queryLabeled().getText().contains("18"));
        robot.clickOn(spinner.getEditor()).type(KeyCode.END);
        robot.eraseText(6).write("0").type(KeyCode.TAB);

        waitUntil(() -> app.window().context().meetings().find(SampleMeeting.ID).orElseThrow()
                .expectedAttendees() == 18);
        assertThat(robot.lookup("#listedLabel").queryLabeled().getText()).as("应到, as seating and the report count it")
                .contains("18").contains("会务组不计");
    }

    private String focusId() {
        Node owner = app.window().stage().getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }
}
