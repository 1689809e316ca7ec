package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javafx.scene.control.ComboBox;

import org.huiwu.model.rounds.ServiceZone;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The tea board of the real window opens on the zone the sample meeting's staffing gives the attendant at the
 * laptop (issue #15): 刘芳, staffed on 主席台组, sees that zone; 吕佳, the supervisor, sees all zones.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ZoneBoardTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1280, 720);

    private ServiceZone shownZone(FxRobot robot, String attendant) {
        robot.interact(() -> app.window().workbench().attendant().nameProperty().set(attendant));
        robot.clickOn("#openSampleButton");
        openTab(robot, "#roundsTab", "#startRoundButton");
        waitUntil(() -> robot.lookup("#roundMap .seat-node").queryAll().size() == 31);
        @SuppressWarnings("unchecked")
        ComboBox<ServiceZone> zones = robot.lookup("#zoneBox").queryAs(ComboBox.class);
        waitUntil(() -> zones.getValue() != null);
        return zones.getValue();
    }

    @Test
    void anAttendantStaffedOnAZoneSeesTheirZone(FxRobot robot) {
        assertThat(shownZone(robot, "刘芳").attendant()).isEqualTo("主席台组");
    }

    @Test
    void theSupervisorSeesAllZones(FxRobot robot) {
        assertThat(shownZone(robot, "吕佳").isEveryone()).isTrue();
    }
}
