package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;

import org.huiwu.model.incidents.ChangeKind;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.IncidentVersion;
import org.huiwu.ui.incidents.IncidentsViewModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the incident screens of the real window headless: Ctrl+I in the middle of the tea-round board,
 * pick a type and save; then in the incidents tab tick three steps, attach
 * a photo, resolve, correct the text and read the versions in the history. Snapshots the tab to
 * {@code target/incidents-ui/incidents.png}.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class IncidentScreenTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path photos;

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1280, 768);


    @Test
    void captureFromAnotherTabThenHandleCorrectAndReadTheHistory(FxRobot robot) throws Exception {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> robot.lookup("#roundsTab").tryQuery()
                .filter(tab -> tab.isVisible() && tab.getLayoutBounds().getWidth() > 0).isPresent());
        openTab(robot, "#roundsTab", "#startRoundButton");

        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#captureType-PROJECTOR_FAILURE").tryQuery().filter(WindowRobot::shown)
                .isPresent());
        robot.clickOn("#captureType-PROJECTOR_FAILURE");
        javafx.scene.control.ToggleButton chosen = robot.lookup("#captureType-PROJECTOR_FAILURE")
                .queryAs(javafx.scene.control.ToggleButton.class);
        assertThat(chosen.isSelected()).isTrue();
        assertThat(chosen.getGraphic()).as("the chosen type is ticked, not only a shade darker")
                .isInstanceOfSatisfying(javafx.scene.control.Label.class, tick -> assertThat(tick.getText()).isEqualTo("\u2714"));
        assertThat(robot.lookup("#captureType-AUDIO_FAILURE").queryAs(javafx.scene.control.ToggleButton.class)
                .getGraphic()).isNull();
        robot.clickOn("#captureSaveButton");
        IncidentsViewModel model = app.window().workbench().incidents().incidents();
        waitUntil(() -> selected(model) != null && selected(model).type() == IncidentType.PROJECTOR_FAILURE);
        assertThat(selected(model).occurredAt()).isEqualTo(CLOCK.instant());

        openTab(robot, "#incidentsTab", "#stepList");
        robot.interact(() -> robot.lookup("#attendantField").queryAs(TextField.class).setText("吕佳"));
        for (int step = 1; step <= 3; step++) {
            int number = step;
            waitUntil(() -> robot.lookup("#tick-" + number).tryQuery().filter(n -> !n.isDisabled()).isPresent());
            robot.clickOn("#tick-" + number);
            waitUntil(() -> model.detail().steps().get(number - 1).done());
        }
        assertThat(model.detail().steps().subList(0, 3)).allSatisfy(line ->
                assertThat(line.tick()).hasValueSatisfying(t -> assertThat(t.tickedBy()).isEqualTo("吕佳")));

        Path photo = photos.resolve("projector.png");
        ImageIO.write(new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        robot.interact(() -> model.detail().addAttachment(photo));
        waitUntil(() -> model.detail().attachments().size() == 1);

        robot.clickOn("#statusResolvedButton");
        waitUntil(() -> selected(model).status() == IncidentStatus.RESOLVED);

        robot.clickOn("#incidentDescription").write("Bulb replaced, projector back on");
        robot.clickOn("#saveCorrectionButton");
        waitUntil(() -> selected(model).description().equals("Bulb replaced, projector back on"));

        ListView<IncidentVersion> history = robot.lookup("#historyList").queryListView();
        waitUntil(() -> history.getItems().stream().anyMatch(v -> v.kind() == ChangeKind.EDITED));
        assertThat(history.getItems()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(history.getItems()).extracting(IncidentVersion::kind).contains(ChangeKind.CREATED, ChangeKind.EDITED);
        assertThat(app.window().context().incidents().log().history(selected(model).id())).hasSize(history.getItems().size());

        snapshot(app.window().stage().getScene().getRoot(), "incidents.png");
    }

    @Test
    void aCorrectionTypedThenTabbedOutIsKeptWhenAnotherIncidentIsChosen(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> robot.lookup("#incidentsTab").tryQuery()
                .filter(tab -> tab.isVisible() && tab.getLayoutBounds().getWidth() > 0).isPresent());
        openTab(robot, "#incidentsTab", "#incidentTimeline");
        IncidentsViewModel model = app.window().workbench().incidents().incidents();
        ListView<Incident> timeline = robot.lookup("#incidentTimeline").queryListView();
        waitUntil(() -> timeline.getItems().size() >= 2);
        Incident first = timeline.getItems().get(0);
        robot.interact(() -> timeline.getSelectionModel().select(0));
        waitUntil(() -> selected(model) != null && selected(model).id().equals(first.id()));

        robot.doubleClickOn("#incidentLocation").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Room A").type(KeyCode.TAB);
        robot.interact(() -> timeline.getSelectionModel().select(1));
        waitUntil(() -> app.window().context().incidents().log().history(first.id()).stream()
                .anyMatch(v -> v.incident().location().equals("Room A")));

        robot.interact(() -> timeline.getSelectionModel().select(
                timeline.getItems().stream().filter(i -> i.id().equals(first.id())).findFirst().orElseThrow()));
        waitUntil(() -> selected(model).id().equals(first.id()));
        assertThat(robot.lookup("#incidentLocation").queryAs(TextField.class).getText()).isEqualTo("Room A");
        assertThat(app.window().context().incidents().log().history(first.id()))
                .as("tabbing out and then choosing another row writes the correction once")
                .filteredOn(v -> v.kind() == ChangeKind.EDITED && v.incident().location().equals("Room A")).hasSize(1);
    }

    private static Incident selected(IncidentsViewModel model) {
        return model.selectedProperty().get();
    }

    private static void snapshot(Node node, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
        Path out = Path.of("target/incidents-ui");
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name).toFile());
    }
}
