package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

import org.huiwu.AppContext;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.Attendee;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Two laptops edit one attendee (decision 0031) in the real window: while a position is being typed, another laptop
 * stores a different position and a note for the same person; when this window's live poll brings their change the
 * typed text is not overwritten nor does it overwrite theirs: the question opens with both positions while the row
 * still shows what was typed, and 保留我的修改 / 采用对方的内容 decides, their note kept either way.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AttendeeConflictWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final int ROW = 2;
    private static final int POSITION = 3;

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1366, 768);

    @Test
    void keepMineStoresWhatWasTypedAndTheirNote(FxRobot robot) {
        TableView<Attendee> table = typeWhileTheOtherLaptopSaves(robot);

        String question = answer(robot, "保留我的修改");

        assertThat(question).contains("党组书记", "秘书长", "备注");
        waitUntil(() -> stored().position().equals("党组书记"));
        assertThat(stored().notes()).isEqualTo("坐轮椅");
        waitUntil(() -> table.getItems().get(ROW).position().equals("党组书记"));
        assertThat(table.getItems().get(ROW).notes()).isEqualTo("坐轮椅");
    }

    @Test
    void takeTheirsShowsTheirPosition(FxRobot robot) {
        TableView<Attendee> table = typeWhileTheOtherLaptopSaves(robot);

        answer(robot, "采用对方的内容");

        waitUntil(() -> table.getItems().get(ROW).position().equals("秘书长"));
        assertThat(stored().position()).isEqualTo("秘书长");
        assertThat(stored().notes()).isEqualTo("坐轮椅");
    }

    private TableView<Attendee> typeWhileTheOtherLaptopSaves(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        openTab(robot, "#attendeesTab", "#attendeeTable");
        TableView<Attendee> table = robot.lookup("#attendeeTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 19);
        robot.interact(() -> app.window().workbench().pollLive());
        Label server = robot.lookup("#serverLabel").queryAs(Label.class);
        waitUntil(() -> server.getText().equals("实时同步"));
        robot.doubleClickOn(AttendeeEditingTest.cell(robot, table, ROW, POSITION));
        waitUntil(() -> table.getEditingCell() != null);
        robot.write("党组书记");

        try (AppContext otherLaptop = AppContext.open(app.dataDir(), CLOCK)) {
            Attendee read = otherLaptop.roster().list(SampleMeeting.ID).get(ROW);
            assertThat(otherLaptop.roster().saveOver(read, read.withPosition("秘书长").withNotes("坐轮椅")).saved())
                    .isTrue();
        }
        waitUntil(() -> {
            robot.interact(() -> app.window().workbench().pollLive());
            return robot.lookup(".dialog-pane").tryQuery().isPresent();
        });
        assertThat(table.getItems().get(ROW).position()).as("what was typed, while the question is open")
                .isEqualTo("党组书记");
        return table;
    }

    /** Clicks the option of the question and returns its text. */
    private static String answer(FxRobot robot, String option) {
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String text = pane.getContentText();
        Node button = pane.getButtonTypes().stream().filter(type -> type.getText().equals(option)).findFirst()
                .map(pane::lookupButton).orElseThrow();
        assertThat(button).isInstanceOf(Button.class);
        robot.clickOn(button);
        return text;
    }

    private Attendee stored() {
        return app.window().context().roster().list(SampleMeeting.ID).get(ROW);
    }
}
