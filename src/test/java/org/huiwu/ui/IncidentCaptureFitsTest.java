package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javafx.scene.input.KeyCode;
import javafx.stage.Window;

import org.huiwu.logic.settings.Preferences.Language;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Quick capture in English on a 1366×700 screen: the longer type names laid out two to a row made the dialog
 * 720 px tall, its first line above the screen's top edge (seen on the real-window walk). Three to a row, it
 * leaves room for a window title bar.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class IncidentCaptureFitsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1366, 700).language(Language.ENGLISH);

    @Test
    void theEnglishCaptureFitsA700PixelScreenWithRoomForItsTitleBar(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#captureType-OTHER").tryQuery().filter(WindowRobot::shown).isPresent());
        Window capture = robot.lookup("#captureType-OTHER").query().getScene().getWindow();

        assertThat(capture.getHeight()).as("height of the capture dialog").isLessThanOrEqualTo(700 - 40);
        assertThat(capture.getWidth()).as("width of the capture dialog").isLessThanOrEqualTo(1366);
        robot.type(KeyCode.ESCAPE);
    }
}
