package org.huiwu.ui;

import static org.huiwu.ui.WindowRobot.waitUntil;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javafx.scene.input.KeyCode;

import org.huiwu.logic.sample.SampleMeeting;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Enter in a field of the meeting form saves the meeting, as the README says, although the window also
 * holds the idle lock's (hidden) unlock button: that button used to be a second default button of the
 * scene and took the Enter key, so nothing was saved.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MeetingFormEnterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1280, 720);

    @Test
    void enterInTheTitleFieldSavesTheMeeting(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> robot.lookup("#meetingTitleField").tryQuery().filter(WindowRobot::shown).isPresent());
        robot.clickOn("#meetingTitleField").press(KeyCode.END).release(KeyCode.END).write(" (moved)")
                .type(KeyCode.ENTER);
        waitUntil(() -> app.window().context().meetings().find(SampleMeeting.ID).orElseThrow().title()
                .endsWith(" (moved)"));
    }
}
