package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;

import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.Side;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.InterpreterPlacement;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Drives the real seating screen for a foreign-affairs meeting: with 以右为尊 a new talks block gets its
 * two interpreter seats beside the chiefs, marked 译员 on the map; switching the block to "behind" in
 * the block dialog moves them behind the chiefs, and "none" takes them away, each change stored.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class InterpreterSeatsScreenTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1280, 720);

    @Test
    void talksInterpreterSeatsFollowTheBlocksOption(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> robot.lookup("#seatingTab").tryQuery()
                .filter(tab -> tab.isVisible() && tab.getLayoutBounds().getWidth() > 0).isPresent());
        openTab(robot, "#seatingTab", "#autoAssignButton");
        ComboBox<Convention> convention = robot.lookup("#conventionBox").queryComboBox();
        robot.interact(() -> convention.getSelectionModel().select(Convention.FOREIGN_AFFAIRS));
        waitUntil(() -> plan().convention() == Convention.FOREIGN_AFFAIRS);
        ListView<SeatBlock> blocks = robot.lookup("#blockList").queryListView();
        int before = plan().blocks().size();

        robot.clickOn("#addBlockButton");
        waitUntil(() -> robot.lookup("#addBlock-TALKS").tryQuery().filter(WindowRobot::shown).isPresent());
        robot.clickOn("#addBlock-TALKS");
        ComboBox<InterpreterPlacement> placement = interpretersBox(robot);
        assertThat(placement.getValue()).isEqualTo(InterpreterPlacement.STANDARD);
        clickDialogButton(robot, ButtonType.OK);
        waitUntil(() -> plan().blocks().size() == before + 1);

        List<PlannedSeat> beside = talksSeats();
        assertThat(beside).filteredOn(PlannedSeat::interpreter).hasSize(2);
        PlannedSeat hostChief = chief(beside);
        assertThat(interpreter(beside).y()).isEqualTo(hostChief.y());
        waitUntil(() -> markedSeats(robot) == 2);

        robot.interact(() -> blocks.getSelectionModel().select(blocks.getItems().size() - 1));
        robot.clickOn("#editBlockButton");
        ComboBox<InterpreterPlacement> editing = interpretersBox(robot);
        robot.interact(() -> editing.getSelectionModel().select(InterpreterPlacement.BEHIND));
        clickDialogButton(robot, ButtonType.OK);
        waitUntil(() -> talksBlock().options().interpreters() == InterpreterPlacement.BEHIND);
        List<PlannedSeat> behind = talksSeats();
        assertThat(interpreter(behind).key()).isEqualTo(interpreter(beside).key());
        assertThat(interpreter(behind).y()).isGreaterThan(chief(behind).y());
        assertThat(interpreter(behind).x()).isEqualTo(chief(behind).x());
        waitUntil(() -> markedSeats(robot) == 2);

        robot.interact(() -> blocks.getSelectionModel().select(blocks.getItems().size() - 1));
        robot.clickOn("#editBlockButton");
        ComboBox<InterpreterPlacement> again = interpretersBox(robot);
        robot.interact(() -> again.getSelectionModel().select(InterpreterPlacement.NONE));
        clickDialogButton(robot, ButtonType.OK);
        waitUntil(() -> talksBlock().options().interpreters() == InterpreterPlacement.NONE);
        assertThat(talksSeats()).noneMatch(PlannedSeat::interpreter);
        waitUntil(() -> markedSeats(robot) == 0);
    }

    private static ComboBox<InterpreterPlacement> interpretersBox(FxRobot robot) {
        waitUntil(() -> robot.lookup("#interpretersBox").tryQuery().filter(WindowRobot::shown).isPresent());
        return robot.lookup("#interpretersBox").queryComboBox();
    }

    /** Seats on the map whose badge reads 译员. */
    private static long markedSeats(FxRobot robot) {
        return robot.lookup("#seatMap .seat-node").queryAll().stream()
                .filter(node -> node instanceof Parent parent && parent.getChildrenUnmodifiable().stream()
                        .anyMatch(c -> c instanceof Text t && "译员".equals(t.getText())))
                .count();
    }

    private SeatPlan plan() {
        return app.window().context().seatPlans().find(SampleMeeting.ID).orElseThrow();
    }

    private SeatBlock talksBlock() {
        return plan().blocks().stream().filter(b -> b.kind() == BlockKind.TALKS).findFirst().orElseThrow();
    }

    private List<PlannedSeat> talksSeats() {
        SeatPlan plan = plan();
        return app.window().context().seatPlans().seats(plan).stream()
                .filter(s -> s.blockId().equals(talksBlock().id())).toList();
    }

    private static PlannedSeat chief(List<PlannedSeat> seats) {
        return seats.stream().filter(s -> !s.interpreter() && s.party() == Side.HOST).findFirst().orElseThrow();
    }

    private static PlannedSeat interpreter(List<PlannedSeat> seats) {
        return seats.stream().filter(s -> s.interpreter() && s.party() == Side.HOST).findFirst().orElseThrow();
    }

    private static void clickDialogButton(FxRobot robot, ButtonType type) {
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(pane.lookupButton(type));
    }
}
