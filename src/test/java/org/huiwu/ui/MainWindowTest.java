package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.huiwu.AppContext;
import org.huiwu.Workbench;
import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.model.Attendee;
import org.huiwu.model.Meeting;
import org.huiwu.ui.common.FxTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real main window headless: creates a meeting and attendees by hand, restarts the app on
 * the same data folder and finds them again; opens the sample meeting; imports a list.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dataDir;

    private AppContext context;
    private Workbench workbench;

    @Start
    void start(Stage primary) {
        Stage stage = new Stage();
        context = OffFxThread.get(() -> AppContext.open(dataDir, CLOCK));
        workbench = new Workbench(context, new FxTaskRunner(context.databaseWorker()), stage, Language.CHINESE,
                Theme.LIGHT);
        stage.show();
    }

    @AfterEach
    void closeContext() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        context.close();
    }

    @Test
    void meetingAndAttendeesEnteredByHandSurviveARestart(FxRobot robot) {
        robot.clickOn("#newMeetingButton");
        waitUntil(() -> workbench.state().currentMeeting() != null);

        robot.doubleClickOn("#meetingTitleField").eraseText(20).write("民生实事项目推进会");
        robot.clickOn("#meetingVenueField").write("市行政中心3号会议室");
        robot.clickOn("#saveMeetingButton");
        waitUntil(() -> context.meetings().list().stream().anyMatch(m -> m.title().equals("民生实事项目推进会")));

        robot.clickOn("#attendeesTab");
        robot.clickOn("#addAttendeeButton");
        TableView<Attendee> table = robot.lookup("#attendeeTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1 && table.getEditingCell() != null);
        robot.eraseText(10).write("周明").type(KeyCode.ENTER);
        UUIDHolder meeting = new UUIDHolder(workbench.state().currentMeeting());
        waitUntil(() -> context.roster().list(meeting.id()).stream().anyMatch(a -> a.name().equals("周明")));

        context.close();
        try (AppContext reopened = AppContext.open(dataDir, CLOCK)) {
            Meeting saved = reopened.meetings().find(meeting.id()).orElseThrow();
            assertThat(saved.title()).isEqualTo("民生实事项目推进会");
            assertThat(saved.venue()).isEqualTo("市行政中心3号会议室");
            assertThat(reopened.roster().list(meeting.id())).extracting(Attendee::name).containsExactly("周明");
        }
        context = OffFxThread.get(() -> AppContext.open(dataDir, CLOCK));
    }

    @Test
    void firstRunOffersTheSampleMeetingWithItsAttendees(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> workbench.state().currentMeeting() != null);
        ListView<Meeting> meetings = robot.lookup("#meetingList").queryListView();
        assertThat(meetings.getItems()).hasSize(1);

        robot.clickOn("#attendeesTab");
        TableView<Attendee> table = robot.lookup("#attendeeTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 19);
        assertThat(table.getItems().get(0).name()).isEqualTo("王建国");
        Label summary = robot.lookup("#attendeeSummary").queryAs(Label.class);
        assertThat(summary.getText()).contains("19");
    }

    @Test
    void altDownMovesTheSelectedAttendeeDownInPrecedence(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> workbench.state().currentMeeting() != null);
        robot.clickOn("#attendeesTab");
        TableView<Attendee> table = robot.lookup("#attendeeTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 19);

        robot.clickOn(robot.lookup("#attendeeTable").lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        waitUntil(() -> table.getItems().get(1).name().equals("王建国"));
        assertThat(table.getItems().get(0).name()).isEqualTo("李文华");
        assertThat(table.getItems().get(0).rank()).isEqualTo(1);
        assertThat(table.getItems().get(1).rank()).isEqualTo(2);
    }

    @Test
    void importPreviewShowsErrorsByRowAndRefusesUntilFixed(FxRobot robot) throws Exception {
        robot.clickOn("#newMeetingButton");
        waitUntil(() -> workbench.state().currentMeeting() != null);
        Path list = dataDir.resolve("名单.csv");
        Files.write(list, ("姓名,单位,职务,位次\n张三,市财政局,局长,1\n,市教育局,局长,2\n李四,市卫健委,主任,3\n")
                .getBytes("GB18030"));
        robot.interact(() -> workbench.importer().preview(list));
        ListView<String> problems = robot.lookup("#importProblems").queryListView();
        waitUntil(() -> !problems.getItems().isEmpty());
        assertThat(problems.getItems()).anySatisfy(text -> assertThat(text).contains("第 3 行"));
        assertThat(robot.lookup("#confirmImportButton").queryButton().isDisabled()).isTrue();
        robot.clickOn(robot.lookup(".dialog-pane .button").match(b -> b != robot.lookup("#confirmImportButton").query())
                .queryButton());

        Files.write(list, ("姓名,单位,职务,位次\n张三,市财政局,局长,1\n王五,市教育局,局长,2\n李四,市卫健委,主任,3\n")
                .getBytes("GB18030"));
        robot.interact(() -> workbench.importer().preview(list));
        waitUntil(() -> !robot.lookup("#confirmImportButton").queryButton().isDisabled());
        robot.clickOn("#confirmImportButton");
        TableView<Attendee> table = robot.lookup("#attendeeTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 3);
        assertThat(table.getItems()).extracting(Attendee::name).containsExactly("张三", "王五", "李四");
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 15 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Remembers a meeting's id past the window's life. */
    private record UUIDHolder(java.util.UUID id) {
        UUIDHolder(Meeting meeting) {
            this(meeting.id());
        }
    }

    @SuppressWarnings("unused")
    private static List<String> names(List<Attendee> attendees) {
        return attendees.stream().map(Attendee::name).toList();
    }
}
