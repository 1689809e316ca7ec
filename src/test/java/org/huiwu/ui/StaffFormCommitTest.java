package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.huiwu.model.staff.Assessment;
import org.huiwu.model.staff.StaffMember;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The roster and assessment forms keep typing as interaction.md asks, driven as a person would in the real
 * window: a value typed and left with Tab or a click elsewhere is in the database and still shown after
 * switching tabs and reopening the window; Esc puts the saved value back and writes nothing; Enter saves
 * (a new person, an assessment's notes) without making a second record. The person's page shows their
 * meetings, training, pledges and assessments.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StaffFormCommitTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1366, 768);

    private static void openMenu(FxRobot robot, String item) {
        WindowRobot.command(robot, "人员", item);
    }

    private void openSample(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
    }

    private void openRoster(FxRobot robot) {
        openMenu(robot, "服务人员与岗位…");
        waitUntil(() -> robot.lookup("#staffPeople").tryQuery().map(l -> ((ListView<?>) l).getItems().size() >= 4)
                .orElse(false));
    }

    private static void person(FxRobot robot, String name) {
        robot.clickOn((Node) robot.lookup("#staffPeople .list-cell")
                .match(cell -> ((Labeled) cell).getText() != null && ((Labeled) cell).getText().startsWith(name))
                .query());
    }

    private static void retype(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
    }

    private Optional<StaffMember> stored(String name) {
        return app.window().context().staff().roster().members().stream().filter(m -> m.name().equals(name)).findFirst();
    }

    private String field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class).getText();
    }

    private void closeDialogs(FxRobot robot) {
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != app.window().stage() && w.isShowing())
                .toList().forEach(javafx.stage.Window::hide));
    }

    @Test
    void theRosterFormCommitsOnTabAndClickAwayEscCancelsAndEnterAddsThePerson(FxRobot robot) {
        openSample(robot);
        app.window().context().trainingRecords().record("吕佳", LocalDate.of(2026, 11, 20),
                List.of("tea-refill-lidded-cup"), List.of("刘芳", "赵敏"), "");
        openRoster(robot);
        person(robot, "刘芳");
        waitUntil(() -> "刘芳".equals(field(robot, "#staffName")));
        waitUntil(() -> robot.lookup("#staffAssessments").queryAs(ListView.class).getItems().size() == 1);
        assertThat(robot.lookup("#servedMeetings").queryAs(ListView.class).getItems()).hasSize(1);
        assertThat(robot.lookup("#staffTraining").queryAs(ListView.class).getItems()).hasSize(1);
        assertThat(robot.lookup("#pledgeList").queryAs(ListView.class).getItems()).hasSize(1);

        retype(robot, "#staffGrade", "高级");
        robot.push(KeyCode.TAB);
        waitUntil(() -> stored("刘芳").orElseThrow().grade().equals("高级"));
        robot.clickOn("#postsTab");
        robot.clickOn("#rosterTab");
        assertThat(field(robot, "#staffGrade")).isEqualTo("高级");

        retype(robot, "#staffPhone", "13900000009");
        person(robot, "吕佳");
        waitUntil(() -> stored("刘芳").orElseThrow().phone().equals("13900000009"));
        waitUntil(() -> "吕佳".equals(field(robot, "#staffName")));

        retype(robot, "#staffNotes", "临时调岗");
        robot.push(KeyCode.ESCAPE);
        assertThat(field(robot, "#staffNotes")).isEmpty();
        assertThat(robot.lookup("#staffPeople").tryQuery()).as("Esc in a changed field leaves the window open")
                .isPresent();
        robot.clickOn("#staffGrade");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored("吕佳").orElseThrow().notes()).isEmpty();

        robot.clickOn("#newPersonButton");
        robot.write("孙悦");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> stored("孙悦").isPresent());
        retype(robot, "#staffGrade", "初级");
        robot.push(KeyCode.TAB);
        waitUntil(() -> stored("孙悦").orElseThrow().grade().equals("初级"));
        assertThat(app.window().context().staff().roster().members()).filteredOn(m -> m.name().equals("孙悦")).hasSize(1);

        closeDialogs(robot);
        openRoster(robot);
        person(robot, "刘芳");
        waitUntil(() -> "刘芳".equals(field(robot, "#staffName")));
        assertThat(field(robot, "#staffGrade")).isEqualTo("高级");
        assertThat(field(robot, "#staffPhone")).isEqualTo("13900000009");
    }

    private List<Assessment> zhaoToday() {
        return app.window().context().staff().assessments().ofMonth(java.time.YearMonth.of(2026, 12)).stream()
                .filter(a -> a.staffName().equals("赵敏") && a.day().equals(LocalDate.of(2026, 12, 7))).toList();
    }

    @Test
    void theAssessmentFormKeepsAScoreOnTabCancelsOnEscAndSavesNotesOnEnterInPlace(FxRobot robot) {
        openSample(robot);
        openMenu(robot, "质量考核…");
        var assessment = app.window().workbench().staff().assessment();
        waitUntil(() -> assessment.summaryProperty().get() != null && assessment.scores().size() == 5);
        robot.clickOn("#assessPerson");
        waitUntil(() -> robot.lookup(".combo-box-popup .list-cell").match(c -> "赵敏".equals(((Labeled) c).getText()))
                .tryQuery().isPresent());
        robot.clickOn((Node) robot.lookup(".combo-box-popup .list-cell")
                .match(c -> "赵敏".equals(((Labeled) c).getText())).query());

        retype(robot, "#score-2 .text-field", "15");
        robot.push(KeyCode.TAB);
        waitUntil(() -> zhaoToday().size() == 1 && zhaoToday().get(0).total() == 95);

        robot.clickOn("月度汇总");
        robot.clickOn("录入考核");
        @SuppressWarnings("unchecked") Spinner<Integer> second = robot.lookup("#score-2").queryAs(Spinner.class);
        assertThat(second.getValue()).isEqualTo(15);

        retype(robot, "#score-3 .text-field", "5");
        robot.push(KeyCode.ESCAPE);
        @SuppressWarnings("unchecked") Spinner<Integer> third = robot.lookup("#score-3").queryAs(Spinner.class);
        assertThat(third.getEditor().getText()).isEqualTo("20");
        robot.clickOn("#assessNotes");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(zhaoToday()).singleElement().extracting(Assessment::total).isEqualTo(95);

        robot.write("引领手势规范");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> zhaoToday().size() == 1 && zhaoToday().get(0).notes().equals("引领手势规范"));
        assertThat(zhaoToday()).singleElement().extracting(Assessment::total).isEqualTo(95);
    }

    @Test
    void aScoreReachedWithTabIsReplacedByWhatIsTyped(FxRobot robot) {
        openSample(robot);
        openMenu(robot, "质量考核…");
        var assessment = app.window().workbench().staff().assessment();
        waitUntil(() -> assessment.summaryProperty().get() != null && assessment.scores().size() == 5);
        robot.clickOn("#assessPerson");
        waitUntil(() -> robot.lookup(".combo-box-popup .list-cell").match(c -> "赵敏".equals(((Labeled) c).getText()))
                .tryQuery().isPresent());
        robot.clickOn((Node) robot.lookup(".combo-box-popup .list-cell")
                .match(c -> "赵敏".equals(((Labeled) c).getText())).query());

        retype(robot, "#score-2 .text-field", "15");
        robot.push(KeyCode.TAB);
        @SuppressWarnings("unchecked") Spinner<Integer> third = robot.lookup("#score-3").queryAs(Spinner.class);
        waitUntil(third::isFocused);
        robot.write("18");
        robot.push(KeyCode.TAB);
        waitUntil(() -> zhaoToday().size() == 1 && zhaoToday().get(0).total() != 95);
        assertThat(third.getValue()).as("Tab into 20, type 18: 18, not 2018 cut to 20").isEqualTo(18);
        assertThat(zhaoToday()).singleElement().extracting(Assessment::total).isEqualTo(93);
    }
}
