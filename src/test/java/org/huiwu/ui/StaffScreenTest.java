package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.menuItem;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;

import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.ui.staff.AssessmentViewModel;
import org.huiwu.ui.staff.StaffingViewModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Drives the staff area of the real window headless through the 人员 menu: the roster flags the expired
 * and missing pledges; on the sample meeting made 涉密, a person without a pledge is refused with a
 * message naming them and the rule, then put on the meeting once a pledge is recorded; an assessment is
 * entered and shows in the month's summary.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StaffScreenTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path elsewhere;

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1366, 768);

    private static void openMenu(FxRobot robot, String item) {
        WindowRobot.command(robot, "人员", item);
    }

    static void choose(FxRobot robot, String comboQuery, String text) {
        robot.clickOn(comboQuery);
        waitUntil(() -> robot.lookup(".combo-box-popup .list-cell")
                .match(cell -> text.equals(((Labeled) cell).getText())).tryQuery().isPresent());
        robot.clickOn((Node) robot.lookup(".combo-box-popup .list-cell")
                .match(cell -> text.equals(((Labeled) cell).getText())).query());
    }

    @Test
    void theRosterFlagsPledgesAndAClassifiedMeetingTakesOnlyAValidPledge(FxRobot robot) {
        SampleMeeting sample = app.window().context().sampleMeeting();
        sample.ensure();
        Meeting m = app.window().context().meetings().find(SampleMeeting.ID).orElseThrow();
        var wang = app.window().context().staff().staffing().of(SampleMeeting.ID).stream()
                .filter(line -> line.staffName().equals("王丽")).findFirst().orElseThrow();
        app.window().context().staff().staffing().remove(wang.id());
        app.window().context().classifiedFolder().override("督导员", "本测试只看人员安排");
        app.window().context().meetings().save(new Meeting(m.id(), m.title(), m.category(), m.date(), m.startTime(),
                m.plannedEndTime(), m.venue(), m.hostOrganisation(), m.organisingOrganisation(),
                Confidentiality.CLASSIFIED, m.foreignAffairs(), m.expectedAttendees(), m.contactPerson(),
                m.contactPhone(), m.notes(), m.agenda()));
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);

        openMenu(robot, "服务人员与岗位…");
        waitUntil(() -> robot.lookup("#staffPeople").tryQuery().map(l -> ((ListView<?>) l).getItems().size() == 4)
                .orElse(false));
        assertThat(robot.lookup("#staffPeople .list-cell").queryAll()).extracting(c -> ((Labeled) c).getText())
                .contains("王丽（承诺已过期）", "赵敏（未签承诺）", "吕佳", "刘芳");
        closeDialogs(robot);

        openMenu(robot, "本会议人员安排…");
        StaffingViewModel staffing = app.window().workbench().staff().staffing();
        waitUntil(() -> staffing.lines().size() == 2);
        assertThat(robot.lookup("#staffingClassified").queryAs(Label.class).isVisible()).isTrue();
        choose(robot, "#staffingPerson", "赵敏");
        robot.clickOn("#staffingZone").write("签到台");
        robot.clickOn("#assignStaffButton");
        Label problem = robot.lookup("#staffingProblem").queryAs(Label.class);
        waitUntil(() -> problem.getText().contains("赵敏"));
        assertThat(problem.getText()).contains("涉密会议").contains("未签保密承诺书");
        assertThat(staffing.lines()).hasSize(2);

        app.window().context().staff().roster().recordPledge(
                app.window().context().staff().roster().members().stream().filter(p -> p.name().equals("赵敏"))
                        .findFirst().orElseThrow().id(), LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30), "", "吕佳");
        robot.clickOn("#assignStaffButton");
        waitUntil(() -> staffing.lines().size() == 3);
        assertThat(problem.getText()).isEmpty();
        TableView<?> table = robot.lookup("#staffingTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);
        assertThat(app.window().context().staff().staffing().names(SampleMeeting.ID)).contains("赵敏");
        assertThat(app.window().workbench().state().openMeeting().staffedNames()).containsExactly("吕佳", "刘芳", "赵敏");

        closeDialogs(robot);
        WindowRobot.openTab(robot, "#checklistsTab", "#checklistAttendant");
        robot.clickOn(".staffed-choices");
        waitUntil(() -> menuItem(robot, "赵敏").isPresent());
        robot.clickOn(menuItem(robot, "赵敏").orElseThrow());
        waitUntil(() -> "赵敏".equals(robot.lookup("#checklistAttendant").queryAs(javafx.scene.control.TextField.class)
                .getText()));
    }

    @Test
    void makingTheStaffedSampleClassifiedIsRefusedAtOnceNamingWhoHasNoValidPledge(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        if (robot.lookup("#meetingConfidentiality").tryQuery().filter(WindowRobot::shown).isEmpty()) {
            robot.clickOn("#detailsTab");
        }
        waitUntil(() -> robot.lookup("#meetingConfidentiality").tryQuery().filter(WindowRobot::shown).isPresent());
        choose(robot, "#meetingConfidentiality", "涉密");
        Label problem = robot.lookup("#meetingProblem").queryAs(Label.class);
        waitUntil(() -> problem.getText().contains("王丽"));
        assertThat(problem.getText()).startsWith("不能设为涉密会议").contains("王丽（保密承诺已于").contains("到期）")
                .doesNotContain("刘芳").doesNotContain("吕佳");
        robot.clickOn("#saveMeetingButton");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().context().meetings().find(SampleMeeting.ID).orElseThrow().confidentiality())
                .isNotEqualTo(Confidentiality.CLASSIFIED);

        openMenu(robot, "本会议人员安排…");
        StaffingViewModel staffing = app.window().workbench().staff().staffing();
        waitUntil(() -> staffing.lines().size() == 3);
        @SuppressWarnings("unchecked") TableView<org.huiwu.model.staff.Staffing> table =
                robot.lookup("#staffingTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(staffing.lines().stream()
                .filter(line -> line.staffName().equals("王丽")).findFirst().orElseThrow()));
        robot.clickOn("#removeStaffButton");
        waitUntil(() -> staffing.lines().size() == 2);
        closeDialogs(robot);

        robot.clickOn("#saveMeetingButton");
        waitUntil(() -> app.window().context().meetings().find(SampleMeeting.ID).orElseThrow().confidentiality()
                == Confidentiality.CLASSIFIED);
        assertThat(problem.getText()).isEmpty();
    }

    @Test
    void aClassifiedMeetingArrivingByMergeFlagsItsStaffAtOnceAndStaysEditable(FxRobot robot) {
        Path bundle;
        try (org.huiwu.AppContext laptop = org.huiwu.AppContext.open(elsewhere.resolve("data"), CLOCK)) {
            laptop.sampleMeeting().ensure();
            laptop.staff().staffing().of(SampleMeeting.ID).stream().filter(line -> line.staffName().equals("王丽"))
                    .forEach(line -> laptop.staff().staffing().remove(line.id()));
            Meeting m = laptop.meetings().find(SampleMeeting.ID).orElseThrow();
            laptop.meetings().save(new Meeting(m.id(), m.title(), m.category(), m.date(), m.startTime(),
                    m.plannedEndTime(), m.venue(), m.hostOrganisation(), m.organisingOrganisation(),
                    Confidentiality.CLASSIFIED, m.foreignAffairs(), m.expectedAttendees(), m.contactPerson(),
                    m.contactPhone(), m.notes(), m.agenda()));
            bundle = laptop.exports(new org.huiwu.i18n.I18n(java.util.Locale.SIMPLIFIED_CHINESE), "吕佳")
                    .export(java.util.List.of(SampleMeeting.ID), org.huiwu.logic.export.ExportFormat.BUNDLE,
                            elsewhere.resolve("out"), org.huiwu.logic.export.ExportMonitor.none()).get(0);
        }
        app.window().context().classifiedFolder().override("督导员", "本测试只看人员安排");
        app.window().context().bundleMerger().merge(java.util.List.of(bundle), org.huiwu.logic.export.ExportMonitor.none());
        Meeting arrived = app.window().context().meetings().find(SampleMeeting.ID).orElseThrow();
        robot.interact(() -> app.window().workbench().state().currentMeetingProperty().set(arrived));

        String expected = "吕佳（未签保密承诺书）、刘芳（未签保密承诺书）";
        waitUntil(() -> app.window().workbench().state().statusProperty().get().contains(expected));
        openMenu(robot, "本会议人员安排…");
        Label flagged = robot.lookup("#staffingUnpledged").queryAs(Label.class);
        waitUntil(() -> flagged.getText().contains(expected));
        assertThat(flagged.isVisible()).isTrue();
        assertThat(flagged.getText()).startsWith("本涉密会议上有人员没有会议当天有效的保密承诺书");
        closeDialogs(robot);

        Meeting retitled = new Meeting(arrived.id(), arrived.title() + "（合并）", arrived.category(), arrived.date(),
                arrived.startTime(), arrived.plannedEndTime(), arrived.venue(), arrived.hostOrganisation(),
                arrived.organisingOrganisation(), arrived.confidentiality(), arrived.foreignAffairs(),
                arrived.expectedAttendees(), arrived.contactPerson(), arrived.contactPhone(), arrived.notes(),
                arrived.agenda());
        assertThat(app.window().context().meetings().save(retitled).title()).endsWith("（合并）");
    }

    private void closeDialogs(FxRobot robot) {
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != app.window().stage() && w.isShowing())
                .toList().forEach(javafx.stage.Window::hide));
    }

    @Test
    void anAssessmentEnteredShowsInTheMonthlySummary(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        openMenu(robot, "质量考核…");
        AssessmentViewModel assessment = app.window().workbench().staff().assessment();
        waitUntil(() -> assessment.summaryProperty().get() != null && assessment.scores().size() == 5);
        assertThat(assessment.summaryProperty().get().people()).hasSize(2);
        choose(robot, "#assessPerson", "赵敏");
        robot.clickOn("#score-2 .text-field");
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A);
        robot.write("15");
        robot.clickOn("#assessNotes").write("引领手势规范");
        robot.clickOn("#saveAssessmentButton");
        waitUntil(() -> assessment.summaryProperty().get().people().size() == 3);
        var zhao = assessment.summaryProperty().get().people().stream().filter(p -> p.name().equals("赵敏"))
                .findFirst().orElseThrow();
        assertThat(zhao.assessments()).isEqualTo(1);
        assertThat(zhao.averagePercent()).isEqualTo(95.0);
        assertThat(robot.lookup("#assessProblem").queryAs(Label.class).getText()).contains("赵敏").contains("95/100");

        robot.clickOn("月度汇总");
        waitUntil(() -> robot.lookup("#monthlySummary").tryQuery().filter(WindowRobot::shown).isPresent());
        TableView<?> summary = robot.lookup("#monthlySummary").queryAs(TableView.class);
        assertThat(summary.getItems()).hasSize(4);
        assertThat(robot.lookup("#summaryMonth").queryAs(Label.class).getText()).isEqualTo("2026年12月");
        javafx.scene.chart.LineChart<?, ?> trend = robot.lookup("#assessmentTrend").queryAs(javafx.scene.chart.LineChart.class);
        assertThat(trend.getData()).extracting(javafx.scene.chart.XYChart.Series::getName).containsExactly("全组");
        robot.clickOn((Node) robot.lookup("#monthlySummary .table-cell").match(c -> "赵敏".equals(((Labeled) c).getText()))
                .query());
        waitUntil(() -> trend.getData().size() == 2);
        assertThat(trend.getData().get(1).getName()).isEqualTo("赵敏");
        assertThat(trend.getData().get(1).getData()).singleElement()
                .satisfies(point -> assertThat(point.getYValue()).isEqualTo(95.0));
    }
}
