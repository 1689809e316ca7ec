package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import org.huiwu.model.feedback.SurveyItem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Types in the survey and checklist template editors of the real window, as a supervisor in a hurry
 * would: a text left with Tab stays in its field and is saved when the dialog is closed with the
 * window's X; in either editor Esc drops it.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SurveyTemplateEditingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1366, 768);


    @Test
    void textLeftWithTabIsKeptAndSavedWhenTheEditorIsClosedWithItsX(FxRobot robot) {
        openEditor(robot);

        retype(robot, "#templateItemEn-1", "Tidy venue");
        robot.type(KeyCode.TAB);

        assertThat(robot.lookup("#templateItemEn-1").queryAs(TextField.class).getText()).isEqualTo("Tidy venue");
        assertThat(robot.lookup("#templateItemEn-1").queryAs(TextField.class).isFocused()).isFalse();
        robot.interact(() -> closeWithX(editor()));

        waitUntil(() -> editor() == null);
        assertThat(app.window().context().feedback().templates().current().items().get(0))
                .extracting(SurveyItem::labelEn).isEqualTo("Tidy venue");
    }

    @Test
    void escapeDropsWhatWasTyped(FxRobot robot) {
        openEditor(robot);
        String before = app.window().context().feedback().templates().current().items().get(0).labelEn();

        retype(robot, "#templateItemEn-1", "Tidy venue");
        robot.type(KeyCode.ESCAPE);

        waitUntil(() -> editor() == null);
        assertThat(app.window().context().feedback().templates().current().items().get(0).labelEn()).isEqualTo(before);
    }

    @Test
    void checklistTextLeftWithTabIsSavedWhenTheEditorIsClosedWithItsX(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        openTab(robot, "#checklistsTab", "#checklistLines");
        robot.clickOn(robot.lookup("#editTemplateButton").match(WindowRobot::shown).queryButton());
        waitUntil(() -> robot.lookup("#templateItems .list-cell").tryQuery().isPresent()
                && !robot.lookup("#templateItems").queryListView().getItems().isEmpty());
        robot.interact(() -> robot.lookup("#templateItems").queryListView().getSelectionModel().select(0));
        Object first = robot.lookup("#templateItems").queryListView().getItems().get(0);
        java.util.UUID id = ((org.huiwu.model.checklists.TemplateLine<?>) first).id();

        retype(robot, "#templateTextEn", "Check the microphones");
        robot.type(KeyCode.TAB);

        assertThat(robot.lookup("#templateTextEn").queryAs(TextField.class).getText())
                .isEqualTo("Check the microphones");
        robot.interact(() -> closeWithX(titled("服务检查模板")));
        waitUntil(() -> titled("服务检查模板") == null);
        waitUntil(() -> app.window().context().checklists().template().activeItems().stream()
                .anyMatch(i -> i.id().equals(id) && i.textEn().equals("Check the microphones")));
    }

    @Test
    void escapeInTheChecklistEditorDropsWhatWasTyped(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        openTab(robot, "#checklistsTab", "#checklistLines");
        robot.clickOn(robot.lookup("#editTemplateButton").match(WindowRobot::shown).queryButton());
        waitUntil(() -> robot.lookup("#templateItems .list-cell").tryQuery().isPresent()
                && !robot.lookup("#templateItems").queryListView().getItems().isEmpty());
        robot.interact(() -> robot.lookup("#templateItems").queryListView().getSelectionModel().select(0));
        var first = (org.huiwu.model.checklists.TemplateLine<?>) robot.lookup("#templateItems").queryListView()
                .getItems().get(0);

        retype(robot, "#templateTextEn", "Not wanted");
        robot.type(KeyCode.ESCAPE);

        waitUntil(() -> titled("服务检查模板") == null);
        robot.clickOn(robot.lookup("#editTemplateButton").match(WindowRobot::shown).queryButton());
        waitUntil(() -> titled("服务检查模板") != null);
        robot.interact(() -> robot.lookup("#templateItems").queryListView().getSelectionModel().select(1));
        var second = (org.huiwu.model.checklists.TemplateLine<?>) robot.lookup("#templateItems").queryListView()
                .getItems().get(1);
        retype(robot, "#templateTextEn", "Second item");
        robot.type(KeyCode.TAB);
        robot.interact(() -> closeWithX(titled("服务检查模板")));
        waitUntil(() -> app.window().context().checklists().template().activeItems().stream()
                .anyMatch(i -> i.id().equals(second.id()) && i.textEn().equals("Second item")));
        assertThat(app.window().context().checklists().template().activeItems().stream()
                .filter(i -> i.id().equals(first.id())).findFirst().orElseThrow().textEn()).isEqualTo(first.textEn());
    }

    private static void closeWithX(Window dialog) {
        dialog.fireEvent(new WindowEvent(dialog, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    private void openEditor(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        openTab(robot, "#feedbackTab", "#surveyUnit");
        robot.clickOn(robot.lookup("#editTemplateButton").match(WindowRobot::shown).queryButton());
        waitUntil(() -> robot.lookup("#templateItemEn-1").tryQuery().isPresent());
    }

    private static void retype(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.interact(() -> robot.lookup(query).queryAs(TextField.class).selectAll());
        robot.write(text);
    }

    private static Window editor() {
        return titled("满意度调查问卷模板");
    }

    private static Window titled(String title) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage stage
                && title.equals(stage.getTitle()) && w.isShowing()).findFirst().orElse(null);
    }
}
