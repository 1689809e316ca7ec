package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.Attendee;
import org.huiwu.model.Meeting;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Types into the attendee table of the real window as a hurried attendant would and checks the
 * database: Tab, a click on another row, another tab and another meeting each keep what was typed; Esc
 * drops it; the focus stays in the table, never in the meeting search box; Alt+Up keeps moving the same
 * person.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AttendeeEditingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final int NAME = 1;
    private static final int ORGANISATION = 2;

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1366, 768);


    @Test
    void tabSavesTheNameAndEditsTheNextCellOfTheRow(FxRobot robot) {
        TableView<Attendee> table = openSampleAttendees(robot);
        edit(robot, table, 2, NAME);
        robot.write("张三丰").type(KeyCode.TAB);

        waitUntil(() -> stored(2).name().equals("张三丰"));
        waitUntil(() -> table.getEditingCell() != null);
        assertThat(table.getEditingCell().getRow()).isEqualTo(2);
        assertThat(table.getEditingCell().getTableColumn()).isSameAs(table.getVisibleLeafColumn(ORGANISATION));

        robot.write("市档案馆").press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        waitUntil(() -> stored(2).organisation().equals("市档案馆"));
        assertThat(table.getEditingCell().getTableColumn()).isSameAs(table.getVisibleLeafColumn(NAME));
        assertThat(searchBox(robot).isFocused()).isFalse();
    }

    @Test
    void aNameSavedOrBeingTypedSurvivesALanguageSwitch(FxRobot robot) {
        TableView<Attendee> table = openSampleAttendees(robot);
        edit(robot, table, 4, NAME);
        robot.write("Zhao Ming").type(KeyCode.TAB);
        waitUntil(() -> stored(4).name().equals("Zhao Ming"));
        robot.write("市外办");

        robot.interact(() -> app.window().workbench().applySettings(
                org.huiwu.logic.settings.Preferences.Language.ENGLISH,
                org.huiwu.logic.settings.Preferences.Theme.LIGHT));
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        waitUntil(() -> stored(4).organisation().equals("市外办"));
        org.testfx.util.WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS);

        assertThat(stored(4).name()).as("the saved name, after the language switch").isEqualTo("Zhao Ming");
        assertThat(stored(4).organisation()).isEqualTo("市外办");
    }

    @Test
    void clickingAnotherRowSavesWhatWasTyped(FxRobot robot) {
        TableView<Attendee> table = openSampleAttendees(robot);
        edit(robot, table, 3, NAME);
        robot.write("李四光");
        robot.clickOn(cell(robot, table, 7, ORGANISATION));

        waitUntil(() -> stored(3).name().equals("李四光"));
        waitUntil(() -> table.getItems().get(3).name().equals("李四光"));
        assertThat(table.getEditingCell()).isNull();
    }

    @Test
    void switchingTabOrMeetingSavesWhatWasTyped(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        robot.clickOn("#newMeetingButton");
        waitUntil(() -> current() != null && !current().equals(SampleMeeting.ID));
        ListView<Meeting> meetings = robot.lookup("#meetingList").queryListView();
        waitUntil(() -> meetings.getItems().size() == 2);
        int sample = meetings.getItems().get(0).id().equals(SampleMeeting.ID) ? 0 : 1;
        robot.clickOn(robot.lookup("#meetingList .list-cell").nth(sample).queryAs(Node.class));
        waitUntil(() -> SampleMeeting.ID.equals(current()));
        TableView<Attendee> table = openSampleAttendees(robot);

        edit(robot, table, 4, NAME);
        robot.write("赵六");
        openTab(robot, "#seatingTab", "#autoAssignButton");
        waitUntil(() -> stored(4).name().equals("赵六"));

        TableView<Attendee> again = openSampleAttendees(robot);
        edit(robot, again, 5, ORGANISATION);
        robot.write("市外办");
        robot.clickOn(robot.lookup("#meetingList .list-cell").nth(1 - sample).queryAs(Node.class));
        waitUntil(() -> current() != null && !current().equals(SampleMeeting.ID));
        waitUntil(() -> stored(5).organisation().equals("市外办"));
    }

    @Test
    void escapeDropsWhatWasTyped(FxRobot robot) {
        TableView<Attendee> table = openSampleAttendees(robot);
        String before = stored(6).name();
        edit(robot, table, 6, NAME);
        robot.write("不要了").type(KeyCode.ESCAPE);

        waitUntil(() -> table.getEditingCell() == null);
        assertThat(table.getItems().get(6).name()).isEqualTo(before);
        assertThat(stored(6).name()).isEqualTo(before);
    }

    @Test
    void aRankThatIsNotANumberStaysOnScreenWithTheReason(FxRobot robot) {
        TableView<Attendee> table = openSampleAttendees(robot);
        edit(robot, table, 1, 0);
        robot.write("二").type(KeyCode.ENTER);

        assertThat(table.getEditingCell()).isNotNull();
        TextField field = robot.lookup("#attendeeTable .rank-cell .text-field").queryAs(TextField.class);
        assertThat(field.getText()).isEqualTo("二");
        assertThat(field.getTooltip().getText()).contains("正整数");

        robot.clickOn(cell(robot, table, 8, ORGANISATION));
        waitUntil(() -> table.getEditingCell() == null);
        TableCell<?, ?> rank = cell(robot, table, 1, 0);
        assertThat(rank.getText()).isEqualTo("二");
        assertThat(rank.getPseudoClassStates()).anyMatch(p -> p.getPseudoClassName().equals("invalid"));
        assertThat(stored(1).rank()).isEqualTo(2);
    }

    @Test
    void afterEnterTheFocusStaysInTheTableAndTypingDoesNotFilterTheMeetings(FxRobot robot) {
        TableView<Attendee> table = openSampleAttendees(robot);
        edit(robot, table, 2, NAME);
        robot.write("钱七").type(KeyCode.ENTER);
        waitUntil(() -> stored(2).name().equals("钱七"));
        WaitForAsyncUtils.waitForFxEvents();

        robot.write("zz");
        assertThat(searchBox(robot).getText()).isEmpty();
        assertThat(robot.lookup("#meetingList").queryListView().getItems()).hasSize(1);
        assertThat(inside(app.window().stage().getScene().getFocusOwner(), table)).isTrue();
    }

    @Test
    void altUpTwelveTimesMovesNumberFifteenToNumberThree(FxRobot robot) {
        TableView<Attendee> table = openSampleAttendees(robot);
        Attendee fifteenth = table.getItems().get(14);
        robot.interact(() -> table.scrollTo(14));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(cell(robot, table, 14, ORGANISATION));
        for (int press = 0; press < 12; press++) {
            robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        }

        waitUntil(() -> stored(2).id().equals(fifteenth.id()));
        waitUntil(() -> table.getItems().get(2).id().equals(fifteenth.id()));
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(fifteenth.id());
        assertThat(table.getFocusModel().getFocusedIndex()).isEqualTo(2);
        assertThat(table.isFocused()).isTrue();
    }

    private java.util.UUID current() {
        Meeting meeting = app.window().workbench().state().currentMeeting();
        return meeting == null ? null : meeting.id();
    }

    private TableView<Attendee> openSampleAttendees(FxRobot robot) {
        if (app.window().workbench().state().currentMeeting() == null) {
            robot.clickOn("#openSampleButton");
            waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        }
        openTab(robot, "#attendeesTab", "#attendeeTable");
        TableView<Attendee> table = robot.lookup("#attendeeTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 19);
        return table;
    }

    private static void edit(FxRobot robot, TableView<Attendee> table, int row, int column) {
        robot.doubleClickOn(cell(robot, table, row, column));
        waitUntil(() -> table.getEditingCell() != null);
    }

    static TableCell<?, ?> cell(FxRobot robot, TableView<?> table, int row, int column) {
        return robot.from(table).lookup(".table-cell").match(node -> node instanceof TableCell<?, ?> c
                && c.getIndex() == row && c.getTableColumn() == table.getVisibleLeafColumn(column))
                .queryAs(TableCell.class);
    }

    private Attendee stored(int place) {
        List<Attendee> list = app.window().context().roster().list(SampleMeeting.ID);
        return list.get(place);
    }

    static TextField searchBox(FxRobot robot) {
        return robot.lookup(".meeting-list .text-field").queryAs(TextField.class);
    }

    static boolean inside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }
}
