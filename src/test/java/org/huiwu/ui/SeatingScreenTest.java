package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.seatOf;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;

import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Drives the seating screen of the real window headless, as an attendant would minutes before a
 * meeting: rebuild the sample's podium of seven, auto-assign, drag one leader onto another's seat,
 * undo, and mark a leader absent with a reflow of the later ranks.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SeatingScreenTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1280, 720);


    @Test
    void buildAssignDragUndoAndReflowAPodiumOfSeven(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> robot.lookup("#seatingTab").tryQuery()
                .filter(tab -> tab.isVisible() && tab.getLayoutBounds().getWidth() > 0).isPresent());
        openTab(robot, "#seatingTab", "#autoAssignButton");
        ListView<SeatBlock> blocks = robot.lookup("#blockList").queryListView();
        waitUntil(() -> blocks.getItems().size() == 2);

        robot.interact(() -> blocks.getSelectionModel().select(0));
        robot.clickOn("#removeBlockButton");
        clickDialogButton(robot, ButtonType.OK);
        waitUntil(() -> blocks.getItems().size() == 1);

        robot.clickOn("#addBlockButton");
        waitUntil(() -> robot.lookup("#addBlock-PODIUM").tryQuery().filter(WindowRobot::shown).isPresent());
        robot.type(javafx.scene.input.KeyCode.DOWN).type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#blockRowsField").tryQuery().filter(WindowRobot::shown).isPresent());
        robot.doubleClickOn("#blockRowsField").eraseText(12).write("7");
        clickDialogButton(robot, ButtonType.OK);
        waitUntil(() -> blocks.getItems().size() == 2 && plan().blocks().size() == 2);
        robot.interact(() -> blocks.getSelectionModel().select(1));
        robot.clickOn("#blockUpButton");
        waitUntil(() -> plan().blocks().get(0).kind() == BlockKind.PODIUM);

        robot.clickOn("#autoAssignButton");
        waitUntil(() -> podiumNames().equals(List.of("王建国", "李文华", "张志强", "陈丽萍", "刘海涛", "赵明", "孙玉兰")));

        robot.drag(seatOf(robot, "#seatMap", "王建国")).dropTo(seatOf(robot, "#seatMap", "李文华"));
        waitUntil(() -> podiumNames().subList(0, 2).equals(List.of("李文华", "王建国")));

        robot.clickOn("#undoButton");
        waitUntil(() -> podiumNames().subList(0, 2).equals(List.of("王建国", "李文华")));

        robot.clickOn(seatOf(robot, "#seatMap", "张志强"));
        robot.clickOn("#seatAbsentButton");
        DialogPane choice = waitForDialog(robot);
        Button reflow = (Button) choice.getButtonTypes().stream().map(choice::lookupButton)
                .filter(b -> ((Button) b).getText().equals("后面位次依次前移")).findFirst().orElseThrow();
        robot.clickOn(reflow);
        waitUntil(() -> podiumNames().equals(List.of("王建国", "李文华", "陈丽萍", "刘海涛", "赵明", "孙玉兰", "-")));
    }

    private SeatPlan plan() {
        return app.window().context().seatPlans().find(SampleMeeting.ID).orElseThrow();
    }

    private List<String> podiumNames() {
        SeatPlan plan = plan();
        SeatAssignments assignments = app.window().context().seatPlans().assignments(plan.id());
        var people = app.window().context().roster().list(SampleMeeting.ID);
        return app.window().context().seatPlans().seats(plan).stream().filter(s -> s.blockKind() == BlockKind.PODIUM)
                .map(PlannedSeat::key)
                .map(key -> assignments.occupantOf(key).flatMap(id -> people.stream().filter(a -> a.id().equals(id))
                        .findFirst()).map(a -> a.name()).orElse("-"))
                .toList();
    }

    private static DialogPane waitForDialog(FxRobot robot) {
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private static void clickDialogButton(FxRobot robot, ButtonType type) {
        DialogPane pane = waitForDialog(robot);
        robot.clickOn(pane.lookupButton(type));
    }
}
