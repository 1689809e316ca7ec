package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.seatOf;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;
import org.huiwu.ui.common.MovableClock;
import org.huiwu.ui.control.seatmap.SeatMap;
import org.huiwu.ui.control.seatmap.SeatState;
import org.huiwu.ui.control.seatmap.SeatTile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * One truth on every screen of the real window (decision 0018): a change made on one screen shows on the
 * others at once, without reopening the meeting — a speaker mark follows its person after an absence and
 * reflow, a check-in on the seating screen shows in the attendee table, a name typed in the attendee table
 * shows on the seat map, and a replacing import leaves neither the seating nor the tea board showing the
 * old list.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class OneTruthTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(clock, 1280, 720);

    @Test
    void aSpeakerMarkFollowsThePersonToTheirNewSeatAfterAnAbsenceWithReflow(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        openTab(robot, "#roundsTab", "#startRoundButton");
        waitUntil(() -> robot.lookup("#roundMap .seat-node").queryAll().size() == 31);
        String oldSeat = tileOf(robot, "#roundMap", "陈丽萍").id();
        openSeatMenu(robot, "陈丽萍");
        waitUntil(() -> WindowRobot.menuItem(robot, "正在发言（勿扰）").isPresent());
        robot.clickOn(WindowRobot.menuItem(robot, "正在发言（勿扰）").orElseThrow());
        waitUntil(() -> tileOf(robot, "#roundMap", "陈丽萍").states().contains(SeatState.DO_NOT_DISTURB));

        openTab(robot, "#seatingTab", "#autoAssignButton");
        waitUntil(() -> robot.lookup("#seatMap .seat-node").queryAll().size() == 31);
        waitUntil(() -> tileOf(robot, "#seatMap", "陈丽萍").badge().contains("发言中"));
        markAbsentWithReflow(robot, "张志强");
        waitUntil(() -> !tileOf(robot, "#seatMap", "陈丽萍").id().equals(oldSeat));
        assertThat(tileOf(robot, "#seatMap", "陈丽萍").badge()).as("the seating screen's mark moved").contains("发言中");

        openTab(robot, "#roundsTab", "#startRoundButton");
        waitUntil(() -> !tileOf(robot, "#roundMap", "陈丽萍").id().equals(oldSeat));
        assertThat(tileOf(robot, "#roundMap", "陈丽萍").states()).as("her new seat on the tea board")
                .contains(SeatState.DO_NOT_DISTURB);
        SeatTile old = robot.lookup("#roundMap").queryAs(SeatMap.class).getTiles().stream()
                .filter(t -> t.id().equals(oldSeat)).findFirst().orElseThrow();
        assertThat(old.occupant()).isNotEqualTo("陈丽萍");
        assertThat(old.states()).as("whoever sits in her old seat").doesNotContain(SeatState.DO_NOT_DISTURB);
    }

    @Test
    void aCheckInOnTheSeatingScreenShowsInTheAttendeeTableAndANameTypedThereShowsOnTheSeatMap(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        openTab(robot, "#attendeesTab", "#attendeeTable");
        TableView<Attendee> table = robot.lookup("#attendeeTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 19);

        openTab(robot, "#seatingTab", "#autoAssignButton");
        waitUntil(() -> robot.lookup("#seatMap .seat-node").queryAll().size() == 31);
        robot.clickOn(seatOf(robot, "#seatMap", "刘海涛"));
        robot.clickOn("#seatAbsentButton");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane choice = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(button(choice, "保持不变"));

        openTab(robot, "#attendeesTab", "#attendeeTable");
        waitUntil(() -> table.getItems().stream().anyMatch(a -> a.name().equals("刘海涛")
                && a.checkIn() == CheckInStatus.ABSENT));

        int row = indexOf(table, "赵明");
        robot.doubleClickOn(AttendeeEditingTest.cell(robot, table, row, 1));
        waitUntil(() -> table.getEditingCell() != null);
        robot.write("赵明远").type(KeyCode.TAB);
        openTab(robot, "#seatingTab", "#autoAssignButton");
        waitUntil(() -> robot.lookup("#seatMap").queryAs(SeatMap.class).getTiles().stream()
                .anyMatch(t -> t.occupant().equals("赵明远")));
    }

    @Test
    void aReplacingImportShowsTheNewListOnTheSeatingScreenAndTheTeaBoardAtOnce(FxRobot robot) throws Exception {
        robot.clickOn("#openSampleButton");
        openTab(robot, "#roundsTab", "#startRoundButton");
        waitUntil(() -> robot.lookup("#roundMap .seat-node").queryAll().size() == 31);
        openTab(robot, "#seatingTab", "#autoAssignButton");
        waitUntil(() -> robot.lookup("#seatMap .seat-node").queryAll().size() == 31);
        assertThat(occupied(robot, "#seatMap")).isPositive();

        Path list = Files.writeString(app.dataDir().resolve("新名单.csv"),
                "姓名,单位,职务,位次\n周一,市财政局,局长,1\n吴二,市教育局,局长,2\n", StandardCharsets.UTF_8);
        robot.interact(() -> app.window().workbench().importer().preview(list));
        waitUntil(() -> !robot.lookup("#confirmImportButton").queryButton().isDisabled());
        robot.clickOn("#importModeReplace");
        waitUntil(() -> !robot.lookup("#confirmImportButton").queryButton().isDisabled());
        robot.clickOn("#confirmImportButton");
        waitUntil(() -> robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .anyMatch(pane -> pane.getButtonTypes().contains(ButtonType.OK)));
        DialogPane ask = robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(pane -> pane.getButtonTypes().contains(ButtonType.OK)).findFirst().orElseThrow();
        robot.clickOn(ask.lookupButton(ButtonType.OK));

        waitUntil(() -> occupied(robot, "#seatMap") == 0);
        openTab(robot, "#roundsTab", "#startRoundButton");
        waitUntil(() -> occupied(robot, "#roundMap") == 0);
        openTab(robot, "#attendeesTab", "#attendeeTable");
        TableView<Attendee> table = robot.lookup("#attendeeTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 2);
    }

    /** What a right-click or a long press on the seat does (Monocle sends no context-menu event). */
    private static void openSeatMenu(FxRobot robot, String name) {
        SeatMap map = robot.lookup("#roundMap").queryAs(SeatMap.class);
        Node seat = seatOf(robot, "#roundMap", name);
        javafx.geometry.Bounds bounds = seat.localToScreen(seat.getBoundsInLocal());
        String key = tileOf(robot, "#roundMap", name).id();
        robot.interact(() -> map.onSeatContextRequestedProperty().get().accept(key,
                new javafx.geometry.Point2D(bounds.getCenterX(), bounds.getCenterY())));
    }

    private static void markAbsentWithReflow(FxRobot robot, String name) {
        robot.clickOn(seatOf(robot, "#seatMap", name));
        robot.clickOn("#seatAbsentButton");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane choice = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(button(choice, "后面位次依次前移"));
    }

    private static Node button(DialogPane pane, String text) {
        return pane.getButtonTypes().stream().map(pane::lookupButton)
                .filter(b -> ((Button) b).getText().equals(text)).findFirst().orElseThrow();
    }

    private static SeatTile tileOf(FxRobot robot, String map, String name) {
        return robot.lookup(map).queryAs(SeatMap.class).getTiles().stream()
                .filter(t -> t.occupant().equals(name)).findFirst().orElseThrow();
    }

    private static long occupied(FxRobot robot, String map) {
        return robot.lookup(map).queryAs(SeatMap.class).getTiles().stream().filter(t -> !t.occupant().isEmpty()).count();
    }

    private static int indexOf(TableView<Attendee> table, String name) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " not in the table");
    }
}
