package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.seatOf;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;

import org.huiwu.logic.rounds.ServiceSummary;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.ui.common.MovableClock;
import org.huiwu.ui.control.seatmap.SeatMap;
import org.huiwu.ui.control.seatmap.SeatState;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The tea-service board of the real window on the sample meeting, with a clock the test moves: start a
 * round for the podium zone, serve the podium in route order with the "served the next seat" button,
 * let the clock run past the interval and see the seats turn overdue, and find the pours in the summary.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RoundBoardScreenTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(clock, 1280, 720);


    private static boolean has(Node seat, SeatState state) {
        return seat.lookup(".seat").getPseudoClassStates().contains(state.pseudoClass());
    }

    @Test
    void enterServesTheNextSeatOfTheRouteWhateverHasFocusAndNeverClosesTheRound(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        openTab(robot, "#roundsTab", "#startRoundButton");
        waitUntil(() -> robot.lookup("#roundMap .seat-node").queryAll().size() == 31);
        robot.clickOn("#startRoundButton");
        Label next = robot.lookup("#nextSeatLabel").queryAs(Label.class);
        waitUntil(() -> next.getText().contains("王建国"));

        robot.type(KeyCode.ENTER);
        waitUntil(() -> next.getText().contains("李文华"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> next.getText().contains("张志强"));
        assertThat(robot.lookup("#closeRoundButton").query().isFocused()).isFalse();
        assertThat(has(seatOf(robot, "#roundMap", "李文华"), SeatState.SERVED)).isTrue();

        SeatMap map = robot.lookup("#roundMap").queryAs(SeatMap.class);
        robot.interact(() -> {
            map.setSelectedSeatId(map.getTiles().stream().filter(t -> t.occupant().equals("赵明")).findFirst()
                    .orElseThrow().id());
            map.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> next.getText().contains("陈丽萍"));
        assertThat(has(seatOf(robot, "#roundMap", "张志强"), SeatState.SERVED)).isTrue();

        var rounds = app.window().context().roundBoard().history(SampleMeeting.ID).rounds();
        var round = rounds.get(rounds.size() - 1);
        assertThat(round.closedAt()).as("the round is still open").isNull();
        waitUntil(() -> app.window().context().roundBoard().history(SampleMeeting.ID).events().stream()
                .filter(e -> e.roundNumber() == round.number() && e.kind().isPour()).count() == 3);
    }

    @Test
    void anAbsenceWithReflowOnTheSeatingTabShowsOnTheTeaBoardAtOnceAndADeclineFollowsItsPerson(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        openTab(robot, "#roundsTab", "#startRoundButton");
        waitUntil(() -> robot.lookup("#roundMap .seat-node").queryAll().size() == 31);
        assertThat(has(seatOf(robot, "#roundMap", "孙玉兰"), SeatState.DECLINED)).isTrue();
        String sunsOldSeat = tileOf(robot, "孙玉兰");

        openTab(robot, "#seatingTab", "#autoAssignButton");
        waitUntil(() -> robot.lookup("#seatMap .seat-node").queryAll().size() == 31);
        robot.clickOn(seatOf(robot, "#seatMap", "张志强"));
        robot.clickOn("#seatAbsentButton");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane choice = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(choice.getButtonTypes().stream().map(choice::lookupButton)
                .filter(b -> ((Button) b).getText().equals("后面位次依次前移")).findFirst().orElseThrow());
        waitUntil(() -> robot.lookup("#seatMap .seat-node").match(WindowRobot::shown).queryAll().stream()
                .noneMatch(seat -> seat.lookupAll(".text").stream().anyMatch(t -> t instanceof javafx.scene.text.Text
                        text && "张志强".equals(text.getText()))));

        openTab(robot, "#roundsTab", "#startRoundButton");
        waitUntil(() -> robot.lookup("#roundMap").queryAs(SeatMap.class).getTiles().stream()
                .noneMatch(t -> t.occupant().equals("张志强")));
        String sunsNewSeat = tileOf(robot, "孙玉兰");
        assertThat(sunsNewSeat).isNotEqualTo(sunsOldSeat);
        assertThat(has(seatOf(robot, "#roundMap", "孙玉兰"), SeatState.DECLINED)).as("the decline moved with her").isTrue();
        assertThat(robot.lookup("#roundMap").queryAs(SeatMap.class).getTiles().stream()
                .filter(t -> t.id().equals(sunsOldSeat)).findFirst().orElseThrow().states())
                .doesNotContain(SeatState.DECLINED);

        robot.clickOn("#startRoundButton");
        Label next = robot.lookup("#nextSeatLabel").queryAs(Label.class);
        for (String expected : new String[] {"王建国", "李文华", "陈丽萍", "刘海涛", "赵明"}) {
            waitUntil(() -> next.getText().contains(expected));
            robot.clickOn("#serveNextButton");
        }
    }

    private static String tileOf(FxRobot robot, String name) {
        return robot.lookup("#roundMap").queryAs(SeatMap.class).getTiles().stream()
                .filter(t -> t.occupant().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void servingThePodiumInRouteOrderThenTheRefillsFallOverdue(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        openTab(robot, "#roundsTab", "#startRoundButton");
        waitUntil(() -> robot.lookup("#roundMap .seat-node").queryAll().size() == 31);

        robot.clickOn("#startRoundButton");
        Label next = robot.lookup("#nextSeatLabel").queryAs(Label.class);
        waitUntil(() -> next.getText().contains("王建国"));
        String[] route = {"王建国", "李文华", "张志强", "陈丽萍", "刘海涛", "赵明"};
        for (int i = 0; i < route.length; i++) {
            String expected = route[i];
            waitUntil(() -> next.getText().contains(expected));
            robot.clickOn("#serveNextButton");
        }
        waitUntil(() -> has(seatOf(robot, "#roundMap", "王建国"), SeatState.SERVED));

        clock.advance(Duration.ofMinutes(16));
        waitUntil(() -> has(seatOf(robot, "#roundMap", "王建国"), SeatState.OVERDUE));
        assertThat(has(seatOf(robot, "#roundMap", "孙玉兰"), SeatState.DECLINED)).isTrue();

        ServiceSummary summary = ServiceSummary.of(app.window().context().roundBoard().history(SampleMeeting.ID));
        assertThat(summary.rounds()).isEqualTo(3);
        assertThat(summary.refillsBySeat().values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(6);
    }
}
