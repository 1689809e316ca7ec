package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.huiwu.model.staff.Assessment;
import org.huiwu.model.staff.StaffMember;
import org.huiwu.persistence.AssessmentDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.StaffDao;
import org.huiwu.ui.common.MovableClock;
import org.huiwu.ui.staff.AssessmentViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The staff roster (人员 → 服务人员与岗位…) in the real window on the venue server while the network to it is cut
 * (decision 0044): a person typed in with Tab, chosen (their page reads without the server), given a pledge, and
 * another person's phone changed — no storage message; the list shows the new person and their pledge standing at
 * once; an assessment entered on 质量考核 shows in the month's summary; the status bar counts the records waiting, and when the network is back the live poll sends them and they are
 * on the server. Before 0044 the first commit showed the storage message. Needs the PostgreSQL test server (skips
 * without it, fails on CI).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StaffOutageWindowTest {

    @TempDir
    Path laptop;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private WindowOnServer window;

    @Start
    void start(Stage primary) {
        // the window is opened in open(), once the laptop's store is there
    }

    @BeforeEach
    void open() throws Exception {
        window = WindowOnServer.open(laptop, clock, 1366, 768);
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) { // null when the PostgreSQL test server is absent (the test is skipped)
            window.close();
        }
    }

    @Test
    void thePeopleOfTheRosterAreAddedEditedAndPledgedDuringACut(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> window.workbench().state().currentMeeting() != null);
        WindowRobot.command(robot, "人员", "质量考核…");
        AssessmentViewModel read = window.workbench().staff().assessment();
        waitUntil(() -> read.summaryProperty().get() != null && read.summaryProperty().get().people().size() == 2);
        closeDialogs(robot);
        WindowRobot.command(robot, "人员", "服务人员与岗位…");
        ListView<?> people = robot.lookup("#staffPeople").queryAs(ListView.class);
        waitUntil(() -> people.getItems().size() == 4);
        person(robot, "刘芳");
        ListView<?> pledges = robot.lookup("#pledgeList").queryAs(ListView.class);
        waitUntil(() -> pledges.getItems().size() == 1);
        Label problem = robot.lookup("#staffProblem").queryAs(Label.class);

        window.network.cut();
        robot.clickOn("#newPersonButton");
        robot.clickOn("#staffName").write("周雨").type(KeyCode.TAB);
        waitUntil(() -> window.context.queuedRecords() == 1);
        waitUntil(() -> cells(robot).contains("周雨（未签承诺）"));
        person(robot, "周雨（未签承诺）");
        robot.interact(() -> {
            robot.lookup("#pledgeSigned").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 1));
            robot.lookup("#pledgeUntil").queryAs(DatePicker.class).setValue(LocalDate.of(2027, 10, 31));
        });
        robot.clickOn("#recordPledgeButton");
        waitUntil(() -> window.context.queuedRecords() == 2);
        waitUntil(() -> cells(robot).contains("周雨") && pledges.getItems().size() == 1);
        assertThat(problem.getText()).as("the new person's page read without the server").isEmpty();
        person(robot, "刘芳");
        robot.doubleClickOn("#staffPhone").push(KeyCode.CONTROL, KeyCode.A).write("13900000000").type(KeyCode.TAB);
        waitUntil(() -> window.context.queuedRecords() == 3);
        assertThat(problem.getText()).as("no storage message").isEmpty();
        closeDialogs(robot);
        WindowRobot.command(robot, "人员", "质量考核…");
        AssessmentViewModel assessment = window.workbench().staff().assessment();
        waitUntil(() -> assessment.summaryProperty().get() != null && assessment.scores().size() == 5);
        StaffScreenTest.choose(robot, "#assessPerson", "赵敏");
        robot.clickOn("#assessNotes").write("断网时考核");
        robot.clickOn("#saveAssessmentButton");
        Label assessProblem = robot.lookup("#assessProblem").queryAs(Label.class);
        waitUntil(() -> assessProblem.getText().contains("赵敏"));
        waitUntil(() -> assessment.summaryProperty().get().people().size() == 3);
        int waiting = window.context.queuedRecords();
        assertThat(waiting).as("the notes left, then 保存: the entry saved once or twice under one id").isBetween(4, 5);
        robot.interact(window.workbench()::pollLive);
        Label status = robot.lookup("#serverLabel").queryAs(Label.class);
        waitUntil(() -> status.getText() != null && status.getText().contains("本机 " + waiting + " 条待发送"));

        window.network.restore();
        waitUntil(() -> {
            robot.interact(window.workbench()::pollLive);
            return window.context.queuedRecords() == 0;
        });
        try (Database venue = Database.open(window.server, Duration.ZERO, () -> { }, null)) {
            StaffDao staff = venue.dao(StaffDao.class);
            StaffMember zhou = staff.members().stream().filter(m -> m.name().equals("周雨")).findFirst().orElseThrow();
            assertThat(staff.pledgesOf(zhou.id())).hasSize(1);
            assertThat(staff.members()).filteredOn(m -> m.name().equals("刘芳")).extracting(StaffMember::phone)
                    .containsExactly("13900000000");
            assertThat(venue.dao(AssessmentDao.class).between(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)))
                    .extracting(Assessment::notes).containsOnlyOnce("断网时考核");
        }
    }

    private void closeDialogs(FxRobot robot) {
        javafx.stage.Window main = robot.lookup("#openSampleButton").query().getScene().getWindow();
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w.isShowing() && w != main)
                .toList().forEach(javafx.stage.Window::hide));
    }

    private static java.util.List<String> cells(FxRobot robot) {
        return robot.lookup("#staffPeople .list-cell").queryAll().stream().map(c -> ((Labeled) c).getText()).toList();
    }

    private static void person(FxRobot robot, String text) {
        robot.clickOn((Node) robot.lookup("#staffPeople .list-cell").match(c -> text.equals(((Labeled) c).getText()))
                .query());
    }
}
