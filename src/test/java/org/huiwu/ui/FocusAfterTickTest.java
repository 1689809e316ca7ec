package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javafx.scene.input.KeyCode;

import org.huiwu.ui.incidents.IncidentsViewModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ticking a step of an incident procedure rebuilds its row, and with it the focused tick button; the
 * focus then stays with the list of steps, and the next keystrokes do not go into the meeting search.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FocusAfterTickTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1366, 768);


    @Test
    void afterATickTheFocusStaysWithTheStepsAndTypingDoesNotFilterTheMeetings(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#captureType-PROJECTOR_FAILURE").tryQuery().filter(WindowRobot::shown)
                .isPresent());
        robot.clickOn("#captureType-PROJECTOR_FAILURE");
        robot.clickOn("#captureSaveButton");
        IncidentsViewModel model = app.window().workbench().incidents().incidents();
        waitUntil(() -> model.selectedProperty().get() != null);
        openTab(robot, "#incidentsTab", "#stepList");
        waitUntil(() -> robot.lookup("#tick-1").tryQuery().filter(n -> !n.isDisabled()).isPresent());

        robot.clickOn("#tick-1");
        waitUntil(() -> model.detail().steps().get(0).done());
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("zz");

        assertThat(AttendeeEditingTest.searchBox(robot).getText()).isEmpty();
        assertThat(robot.lookup("#meetingList").queryListView().getItems()).hasSize(1);
        assertThat(AttendeeEditingTest.inside(app.window().stage().getScene().getFocusOwner(),
                robot.lookup("#stepList").query())).isTrue();
    }
}
