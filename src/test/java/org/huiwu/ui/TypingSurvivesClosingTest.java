package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.huiwu.AppContext;
import org.huiwu.logic.rounds.ServiceSummary;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.Meeting;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Found on a walk through the real window: a venue typed into the meeting form, or a consumables count typed
 * beside the tea board, was lost when the user changed tab and quit without pressing 保存. Now a field left
 * (Tab), a tab change and Ctrl+Q (the window closing, then the data folder closing as the app's stop does)
 * each keep what was typed; a time that cannot be read stays marked and keeps the stored time.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TypingSurvivesClosingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final String VENUE = "市政府办公楼2号会议室";

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1366, 768);

    @Test
    void aVenueLeftWithTabIsSavedWithoutPressingSave(FxRobot robot) {
        openSample(robot);
        retype(robot, "#meetingVenueField", VENUE);
        robot.type(KeyCode.TAB);

        waitUntil(() -> stored().venue().equals(VENUE));
    }

    @Test
    void anAgendaLineLeftWithAClickOnTheVenueIsSaved(FxRobot robot) {
        openSample(robot);
        robot.clickOn("#addAgendaButton");
        javafx.scene.control.TableView<?> agenda = robot.lookup("#agendaTable").queryTableView();
        waitUntil(() -> agenda.getEditingCell() != null);
        robot.write("16:40").type(KeyCode.TAB);
        waitUntil(() -> agenda.getEditingCell() != null && agenda.getEditingCell().getColumn() == 1);
        robot.write("会议总结");
        robot.clickOn("#meetingVenueField");

        waitUntil(() -> stored().agenda().stream().anyMatch(item -> item.title().equals("会议总结")));
    }

    @Test
    void anAgendaLineStillBeingTypedIsKeptByCtrlQ(FxRobot robot) {
        openSample(robot);
        robot.clickOn("#addAgendaButton");
        javafx.scene.control.TableView<?> agenda = robot.lookup("#agendaTable").queryTableView();
        waitUntil(() -> agenda.getEditingCell() != null);
        robot.write("16:40").type(KeyCode.TAB);
        waitUntil(() -> agenda.getEditingCell() != null && agenda.getEditingCell().getColumn() == 1);
        robot.write("会议总结");
        quitAndCloseTheFolder(robot);

        try (AppContext reopened = AppContext.open(app.dataDir(), CLOCK)) {
            assertThat(reopened.meetings().find(SampleMeeting.ID).orElseThrow().agenda())
                    .anyMatch(item -> item.title().equals("会议总结"));
        }
    }

    @Test
    void escPutsBackTheSavedVenueAndSavesNothing(FxRobot robot) {
        openSample(robot);
        String before = stored().venue();
        retype(robot, "#meetingVenueField", VENUE);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#meetingVenueField").queryAs(TextField.class).getText()).isEqualTo(before);
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored().venue()).isEqualTo(before);
    }

    @Test
    void aVenueTypedThenTabThenAnotherTabThenCtrlQIsThereAfterReopening(FxRobot robot) {
        openSample(robot);
        retype(robot, "#meetingVenueField", VENUE);
        robot.type(KeyCode.TAB);
        WindowRobot.openTab(robot, "#attendeesTab", "#attendeeTable");
        quitAndCloseTheFolder(robot);

        try (AppContext reopened = AppContext.open(app.dataDir(), CLOCK)) {
            assertThat(reopened.meetings().find(SampleMeeting.ID).orElseThrow().venue()).isEqualTo(VENUE);
        }
    }

    @Test
    void aVenueStillBeingTypedIsKeptByCtrlQ(FxRobot robot) {
        openSample(robot);
        retype(robot, "#meetingVenueField", VENUE);
        quitAndCloseTheFolder(robot);

        try (AppContext reopened = AppContext.open(app.dataDir(), CLOCK)) {
            assertThat(reopened.meetings().find(SampleMeeting.ID).orElseThrow().venue()).isEqualTo(VENUE);
        }
    }

    @Test
    void aBadTimeStaysMarkedIsNotSavedAndTheOtherFieldsAreKeptOnClosing(FxRobot robot) {
        openSample(robot);
        Meeting before = stored();
        retype(robot, "#meetingStartField", "9点半");
        robot.type(KeyCode.TAB);
        retype(robot, "#meetingVenueField", VENUE);
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();

        Label mark = robot.lookup("#meetingStartMark").queryAs(Label.class);
        assertThat(mark.isVisible()).as("the bad time is marked beside the field").isTrue();
        assertThat(robot.lookup("#meetingStartField").queryAs(TextField.class).getText()).isEqualTo("9点半");
        assertThat(stored().venue()).as("nothing saved half while a time cannot be read").isEqualTo(before.venue());

        quitAndCloseTheFolder(robot);
        try (AppContext reopened = AppContext.open(app.dataDir(), CLOCK)) {
            Meeting kept = reopened.meetings().find(SampleMeeting.ID).orElseThrow();
            assertThat(kept.venue()).isEqualTo(VENUE);
            assertThat(kept.startTime()).isEqualTo(before.startTime());
        }
    }

    @Test
    void aConsumablesCountIsKeptByATabChangeAndByCtrlQ(FxRobot robot) {
        WindowRobot.startSampleTeaRound(robot);
        typeCount(robot, "#cupsSpinner", "20");
        WindowRobot.openTab(robot, "#attendeesTab", "#attendeeTable");
        waitUntil(() -> entered(app.window().context()).cups() == 20);

        WindowRobot.openTab(robot, "#roundsTab", "#startRoundButton");
        typeCount(robot, "#towelSpinner", "7");
        quitAndCloseTheFolder(robot);
        try (AppContext reopened = AppContext.open(app.dataDir(), CLOCK)) {
            assertThat(entered(reopened).cups()).isEqualTo(20);
            assertThat(entered(reopened).towels()).isEqualTo(7);
        }
    }

    private static org.huiwu.model.rounds.Consumables entered(AppContext context) {
        return ServiceSummary.of(context.roundBoard().history(SampleMeeting.ID)).entered();
    }

    private static void typeCount(FxRobot robot, String spinnerQuery, String count) {
        @SuppressWarnings("unchecked")
        Spinner<Integer> spinner = robot.lookup(spinnerQuery).queryAs(Spinner.class);
        robot.interact(() -> spinner.getEditor().setText(""));
        robot.clickOn(spinner.getEditor());
        robot.write(count);
    }

    private static void retype(FxRobot robot, String fieldQuery, String text) {
        robot.clickOn(fieldQuery).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
    }

    /** Ctrl+Q closes the window; the app's stop then closes the data folder off the FX thread, as here. */
    private void quitAndCloseTheFolder(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        waitUntil(() -> !app.window().stage().isShowing());
        app.window().context().close();
    }

    private void openSample(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        waitUntil(() -> robot.lookup("#meetingTitleField").tryQuery().filter(WindowRobot::shown).isPresent());
    }

    private Meeting stored() {
        return app.window().context().meetings().find(SampleMeeting.ID).orElseThrow();
    }
}
