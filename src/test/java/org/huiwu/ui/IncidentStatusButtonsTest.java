package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;

import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.ui.incidents.IncidentsViewModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The incident's status buttons offer only a move forward: 处理中 is disabled once the incident is being
 * handled, and both 处理中 and 已解决 once it is resolved; 已关闭 stays until it is closed.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class IncidentStatusButtonsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1366, 768);

    @Test
    void aStatusButtonIsDisabledOnceTheIncidentIsThereOrBeyond(FxRobot robot) {
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
        Button handling = robot.lookup("#statusHandlingButton").queryButton();
        Button resolved = robot.lookup("#statusResolvedButton").queryButton();
        Button closed = robot.lookup("#statusClosedButton").queryButton();
        waitUntil(() -> !handling.isDisabled());

        robot.clickOn(handling);
        waitUntil(() -> model.selectedProperty().get().status() == IncidentStatus.HANDLING);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(handling.isDisabled()).as("already 处理中").isTrue();
        assertThat(resolved.isDisabled()).isFalse();
        assertThat(closed.isDisabled()).isFalse();

        robot.clickOn(resolved);
        waitUntil(() -> model.selectedProperty().get().status() == IncidentStatus.RESOLVED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(handling.isDisabled()).isTrue();
        assertThat(resolved.isDisabled()).isTrue();
        assertThat(closed.isDisabled()).isFalse();
    }
}
