package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javafx.scene.control.ComboBox;

import org.huiwu.model.incidents.Severity;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Found on a walk through the real window: the incident log's three filters each read 全部 and nothing said
 * which was the type, the status or the severity. Unset, each names what it filters (事件类型：全部; in English
 * the bare name, Severity, which fits the narrow filter); set, it shows the chosen value.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class IncidentFilterLabelsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1280, 720);

    @Test
    void eachUnsetFilterNamesWhatItFilters(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        openTab(robot, "#incidentsTab", "#captureButton");

        assertThat(shown(robot, "#typeFilter")).isEqualTo("事件类型：全部");
        assertThat(shown(robot, "#statusFilter")).isEqualTo("状态：全部");
        assertThat(shown(robot, "#severityFilter")).isEqualTo("级别：全部");

        @SuppressWarnings("unchecked")
        ComboBox<Severity> severity = robot.lookup("#severityFilter").queryAs(ComboBox.class);
        robot.interact(() -> severity.setValue(Severity.values()[0]));
        waitUntil(() -> !shown(robot, "#severityFilter").contains("全部"));
        robot.interact(() -> severity.setValue(null));
        waitUntil(() -> shown(robot, "#severityFilter").equals("级别：全部"));
    }

    private static String shown(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class).getButtonCell().getText();
    }
}
