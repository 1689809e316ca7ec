package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.huiwu.logic.incidents.ShippedProcedures;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.provenance.CheckedKind;
import org.huiwu.model.provenance.TextCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The sources panels of the checklist template, survey template and incident-procedure editors in the
 * real window: each opens with its item not yet checked; a supervisor types the clause and their name and
 * marks it checked; the check is stored for that item and the ✓ mark shows above the editor.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TemplateSourcesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T02:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dataDir;

    private AppWindow window;

    @Start
    void start(Stage primary) {
        window = AppWindow.open(dataDir, CLOCK, 1366, 768);
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    @Test
    void theChecklistTemplateIsMarkedCheckedInItsSourcesPanel(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        openTab(robot, "#checklistsTab", "#checklistLines");
        robot.clickOn(robot.lookup("#editTemplateButton").match(WindowRobot::shown).queryButton());

        markChecked(robot, "第5.3条");

        waitUntil(() -> window.context().textChecks().of(CheckedKind.CHECKLIST_TEMPLATE, TextCheck.TEMPLATE)
                .isPresent());
        assertThat(window.context().textChecks().of(CheckedKind.CHECKLIST_TEMPLATE, TextCheck.TEMPLATE).orElseThrow()
                .clause()).isEqualTo("第5.3条");
        waitUntil(() -> markShown(robot));
    }

    @Test
    void theSurveyTemplateIsMarkedCheckedInItsSourcesPanel(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        openTab(robot, "#feedbackTab", "#surveyUnit");
        robot.clickOn(robot.lookup("#editTemplateButton").match(WindowRobot::shown).queryButton());

        markChecked(robot, "附录U");

        waitUntil(() -> window.context().textChecks().of(CheckedKind.SURVEY_TEMPLATE, TextCheck.TEMPLATE)
                .isPresent());
        waitUntil(() -> markShown(robot));
    }

    @Test
    void anIncidentProcedureIsMarkedCheckedInItsSourcesPanel(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        openTab(robot, "#incidentsTab", "#captureButton");
        ListView<Incident> timeline = robot.lookup("#incidentTimeline").queryListView();
        waitUntil(() -> !timeline.getItems().isEmpty());
        robot.interact(() -> timeline.getSelectionModel().select(0));
        Incident incident = timeline.getItems().get(0);
        waitUntil(() -> robot.lookup("#editProcedureButton").tryQuery().map(WindowRobot::shown).orElse(false));
        robot.clickOn("#editProcedureButton");

        markChecked(robot, "第7.2条");

        String procedure = ShippedProcedures.idOf(incident.type()).toString();
        waitUntil(() -> window.context().textChecks().of(CheckedKind.PROCEDURE, procedure).isPresent());
        waitUntil(() -> markShown(robot));
    }

    private static void markChecked(FxRobot robot, String clause) {
        waitUntil(() -> robot.lookup("#sourcesPanel").match(WindowRobot::shown).tryQuery().isPresent());
        Label status = robot.lookup("#sourcesStatus").match(WindowRobot::shown).queryAs(Label.class);
        waitUntil(() -> !status.getText().isEmpty());
        assertThat(robot.lookup("#templateCheckMark").match(WindowRobot::shown).tryQuery()).as("not yet checked")
                .isEmpty();
        TextField clauseField = robot.lookup("#sourcesClause").match(WindowRobot::shown).queryAs(TextField.class);
        robot.interact(clauseField::clear);
        robot.clickOn(clauseField).write(clause);
        TextField checker = robot.lookup("#sourcesChecker").match(WindowRobot::shown).queryAs(TextField.class);
        robot.interact(checker::clear);
        robot.clickOn(checker).write("陈红");
        robot.clickOn(robot.lookup("#sourcesMarkButton").match(WindowRobot::shown).queryButton());
    }

    private static boolean markShown(FxRobot robot) {
        return robot.lookup("#templateCheckMark").match(WindowRobot::shown).tryQuery().isPresent();
    }
}
