package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;

import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.Severity;
import org.huiwu.ui.incidents.IncidentsViewModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Quick capture under a hurried attendant's hands, in the real window: a click on a type and Enter saves
 * (Enter on the focused type button used to clear the chosen type); after a capture started with Ctrl+I on
 * the left-items sub-tab, the saved incident's row is selected in the list the detail shows, and the focus is
 * on the capture button, ready for the next one, not on the hidden left-items field where keys went nowhere.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class IncidentCaptureKeysTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1280, 720);

    @Test
    void enterAfterAClickOnATypeSavesAndTheFocusWaitsOnTheCaptureButton(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        openTab(robot, "#incidentsTab", "#captureButton");
        openTab(robot, "#leftItemsTab", "#leftItemWhat");
        robot.clickOn("#leftItemWhat");
        TextField what = robot.lookup("#leftItemWhat").queryAs(TextField.class);
        waitUntil(what::isFocused);
        IncidentsViewModel model = app.window().workbench().incidents().incidents();

        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#captureType-POWER_OUTAGE").tryQuery().filter(WindowRobot::shown).isPresent());
        robot.clickOn("#captureType-POWER_OUTAGE");
        ToggleButton outage = robot.lookup("#captureType-POWER_OUTAGE").queryAs(ToggleButton.class);
        robot.clickOn("#captureSeverity-MAJOR");
        robot.clickOn("#captureSeverity-MAJOR");
        assertThat(robot.lookup("#captureSeverity-MAJOR").queryAs(ToggleButton.class).isSelected())
                .as("a second click leaves the chosen severity chosen").isTrue();
        robot.clickOn("#captureType-POWER_OUTAGE");
        assertThat(outage.isSelected()).as("a second click leaves the chosen type chosen").isTrue();
        assertThat(outage.isFocused()).isTrue();

        javafx.stage.Window captureWindow = outage.getScene().getWindow();
        robot.type(KeyCode.ENTER);
        waitUntil(() -> model.selectedProperty().get() != null
                && model.selectedProperty().get().type() == IncidentType.POWER_OUTAGE);
        Incident saved = model.selectedProperty().get();
        assertThat(saved.severity()).isEqualTo(Severity.MAJOR);
        assertThat(captureWindow.isShowing()).as("Enter saved and closed the capture").isFalse();

        ListView<Incident> timeline = robot.lookup("#incidentTimeline").queryListView();
        waitUntil(() -> WindowRobot.shown(timeline));
        waitUntil(() -> timeline.getSelectionModel().getSelectedItem() != null
                && timeline.getSelectionModel().getSelectedItem().id().equals(saved.id()));
        Node capture = robot.lookup("#captureButton").query();
        waitUntil(capture::isFocused);

        robot.type(KeyCode.X);
        assertThat(what.getText()).as("keys no longer go to the hidden left-items field").isEmpty();
    }

    @Test
    void theListKeepsTheSelectedRowWhenTheIncidentIsReadAgain(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        openTab(robot, "#incidentsTab", "#incidentTimeline");
        IncidentsViewModel model = app.window().workbench().incidents().incidents();
        ListView<Incident> timeline = robot.lookup("#incidentTimeline").queryListView();
        waitUntil(() -> timeline.getItems().size() >= 2);
        robot.interact(() -> timeline.getSelectionModel().select(1));
        Incident chosen = timeline.getItems().get(1);
        waitUntil(() -> model.selectedProperty().get() != null && model.selectedProperty().get().id().equals(chosen.id()));

        robot.interact(() -> app.window().workbench().state().openMeeting().incidentsStored(chosen.meetingId()));
        waitUntil(() -> model.selectedProperty().get() != chosen && timeline.getItems().stream().noneMatch(i -> i == chosen));

        waitUntil(() -> timeline.getSelectionModel().getSelectedItem() != null);
        assertThat(timeline.getSelectionModel().getSelectedItem().id()).isEqualTo(chosen.id());
        assertThat(model.selectedProperty().get().id()).isEqualTo(chosen.id());
    }
}
