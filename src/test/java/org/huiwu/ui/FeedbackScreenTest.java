package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;

import org.huiwu.model.feedback.Complaint;
import org.huiwu.model.feedback.ComplaintStatus;
import org.huiwu.ui.feedback.ComplaintsViewModel;
import org.huiwu.ui.feedback.SurveysViewModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the feedback tab of the real window headless: open the sample meeting, enter a survey form with
 * the rating buttons and see the summary change; record a complaint, start handling it, close it with
 * its result and read its history. Snapshots the tab to {@code target/feedback-ui/}.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FeedbackScreenTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1366, 768);


    @Test
    void enterASurveyFormThenRecordHandleAndCloseAComplaint(FxRobot robot) throws Exception {
        robot.clickOn("#openSampleButton");
        openTab(robot, "#feedbackTab", "#surveyUnit");
        SurveysViewModel surveys = app.window().workbench().feedback().surveys();
        waitUntil(() -> surveys.forms().size() == 2);
        Label rate = robot.lookup("#surveyRate").queryAs(Label.class);
        assertThat(rate.getText()).isEqualTo("已录入 2 份调查表，满意率：100%（2/2）");
        snapshot(app.window().stage().getScene().getRoot(), "surveys.png");

        robot.clickOn("#surveyUnit").write("Finance Bureau");
        robot.clickOn("#rate-3-3");
        robot.clickOn("#rate-4-2");
        robot.clickOn("#overall-4");
        robot.clickOn("#saveSurveyButton");
        waitUntil(() -> surveys.forms().size() == 3);
        waitUntil(() -> rate.getText().equals("已录入 3 份调查表，满意率：67%（2/3）"));
        assertThat(app.window().context().feedback().surveys().summary(org.huiwu.logic.sample.SampleMeeting.ID).overall())
                .containsEntry(4, 1);

        openTab(robot, "#complaintsTab", "#newComplaintButton");
        ComplaintsViewModel complaints = app.window().workbench().feedback().complaints();
        robot.clickOn("#newComplaintButton");
        robot.clickOn("#complaintUnit").write("Education Bureau");
        robot.clickOn("#complaintContent").write("Microphone at seat 12 crackles");
        robot.clickOn("#saveComplaintButton");
        waitUntil(() -> complaints.complaints().size() == 2 && complaints.openCountProperty().get() == 1);
        waitUntil(() -> robot.lookup(".complaint-open").tryQuery().isPresent());
        assertThat(complaints.selectedProperty().get().receivedAt()).isEqualTo(CLOCK.instant());

        robot.clickOn("#startHandlingButton");
        waitUntil(() -> selected(complaints).status() == ComplaintStatus.HANDLING);
        robot.clickOn("#complaintResult").write("Microphone replaced");
        robot.clickOn("#closeComplaintButton");
        waitUntil(() -> selected(complaints).status() == ComplaintStatus.CLOSED);
        waitUntil(() -> complaints.history().size() == 3 && complaints.openCountProperty().get() == 0);
        assertThat(selected(complaints).result()).isEqualTo("Microphone replaced");
        assertThat(robot.lookup("#saveComplaintButton").query().isDisabled()).isTrue();
        snapshot(app.window().stage().getScene().getRoot(), "complaints.png");
    }

    private static Complaint selected(ComplaintsViewModel model) {
        return model.selectedProperty().get();
    }

    private static void snapshot(Node node, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
        Path out = Path.of("target/feedback-ui");
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name).toFile());
    }
}
