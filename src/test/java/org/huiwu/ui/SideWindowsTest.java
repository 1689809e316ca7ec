package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.huiwu.AppContext;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The two windows beside the main one ({@code ui/common/SideWindow}): the venue floor follows the change feed —
 * an incident another laptop records shows in its line on the window's next live poll, with no timer and no
 * reload asked — and both the floor and the venue window close with the main window. H2 (the other laptop is a
 * second {@link AppContext} on the same folder), at 10:00 in Beijing while the sample meeting is in progress.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SideWindowsTest {

    @TempDir
    Path dataDir;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private AppWindow window;

    @Start
    void start(Stage primary) {
        window = AppWindow.open(dataDir, clock, 1280, 720);
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    @Test
    void theFloorFollowsTheFeedAndClosesWithTheMainWindow(FxRobot robot) {
        window.context().sampleMeeting().ensure();
        robot.interact(() -> window.workbench().pollLive());
        Label server = robot.lookup("#serverLabel").queryAs(Label.class);
        waitUntil(() -> server.getText().equals("实时同步"));
        robot.interact(() -> window.workbench().floor().open());
        waitUntil(() -> window.workbench().floor().model().shown().size() == 1);
        int before = window.workbench().floor().model().shown().get(0).incidents();

        try (AppContext otherLaptop = AppContext.open(dataDir, clock)) {
            otherLaptop.incidents().log().report(SampleMeeting.ID, IncidentType.values()[0], "张敏");
        }
        robot.interact(() -> window.workbench().pollLive());
        waitUntil(() -> window.workbench().floor().model().shown().get(0).incidents() == before + 1);

        robot.interact(() -> window.stage().hide());
        waitUntil(() -> !window.workbench().floor().window().dialog().isShowing());
        assertThat(window.workbench().floor().window().showing()).isFalse();
    }

    @Test
    void theVenueWindowClosesWithTheMainWindow(FxRobot robot) {
        robot.interact(() -> window.workbench().venue().open());
        waitUntil(() -> window.workbench().venue().window().showing());

        robot.interact(() -> window.stage().hide());
        waitUntil(() -> !window.workbench().venue().window().dialog().isShowing());
        assertThat(window.workbench().venue().window().showing()).isFalse();
    }
}
