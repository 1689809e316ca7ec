package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;

import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.AgendaItem;
import org.huiwu.model.Meeting;
import org.huiwu.ui.meetings.AgendaRow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The meeting form of the real window under the keyboard: Ctrl+S saves it (and the menu shows the
 * shortcut); an agenda line typed with Tab and left with a click is kept and saved; Esc drops a cell's
 * typing.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MeetingFormEditingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1366, 768);


    @Test
    void ctrlSSavesTheMeetingForm(FxRobot robot) {
        openSample(robot);
        assertThat(app.window().stage().getScene().getAccelerators()).containsKey(KeyCombination.valueOf("Shortcut+S"));
        robot.doubleClickOn("#meetingTitleField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("年度工作会议");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitUntil(() -> stored().title().equals("年度工作会议"));
        assertThat(app.window().stage().getScene().getFocusOwner().getId()).isEqualTo("meetingTitleField");
    }

    @Test
    void anAgendaLineTypedWithTabAndLeftWithAClickIsSaved(FxRobot robot) {
        openSample(robot);
        TableView<AgendaRow> agenda = robot.lookup("#agendaTable").queryTableView();
        int before = agenda.getItems().size();
        robot.clickOn("#addAgendaButton");
        waitUntil(() -> agenda.getEditingCell() != null);
        robot.write("16:40").type(KeyCode.TAB);
        waitUntil(() -> agenda.getEditingCell() != null && agenda.getEditingCell().getColumn() == 1);
        robot.write("会议总结");
        robot.clickOn("#meetingVenueField");

        AgendaRow added = agenda.getItems().get(before);
        assertThat(added.timeProperty().get()).isEqualTo("16:40");
        assertThat(added.titleProperty().get()).isEqualTo("会议总结");

        robot.doubleClickOn(AttendeeEditingTest.cell(robot, agenda, before, 2));
        robot.write("不要").type(KeyCode.ESCAPE);
        assertThat(added.speakerProperty().get()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> stored().agenda().contains(new AgendaItem(LocalTime.of(16, 40), "会议总结", "")));
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
