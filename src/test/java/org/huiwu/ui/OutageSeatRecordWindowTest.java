package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.menuItem;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.seatOf;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.huiwu.Workbench;
import org.huiwu.logic.rounds.PourCorrections;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.ServiceEventDao;
import org.huiwu.ui.common.MovableClock;
import org.huiwu.ui.control.seatmap.SeatMap;
import org.huiwu.ui.control.seatmap.SeatState;
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
 * A pour undone and a seat declined during a cut of the network to the venue's PostgreSQL, in the real window
 * (decision 0049): the sample meeting's board shown, the network cut, 王建国's seat tapped and taken back with Ctrl+Z,
 * 李文华's seat declined from the seat's menu. Before 0049 the undo and the decline showed the storage message and the
 * undo put the pour back; now each shows on the board at once with no message, and once the network is back the live
 * poll stores the tap, its undo and the decline once each. Needs the PostgreSQL test server.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class OutageSeatRecordWindowTest {

    @TempDir
    Path laptop;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private WindowOnServer window;
    private Workbench workbench;

    @Start
    void start(Stage primary) {
        // the window is opened in open(), once the laptop's store is there
    }

    @BeforeEach
    void open() throws Exception {
        window = WindowOnServer.open(laptop, clock, 1366, 768);
        workbench = window.workbench();
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void anUndoneTapAndADeclineDuringACutShowAtOnceAndArriveOnce(FxRobot robot) throws Exception {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> workbench.state().currentMeeting() != null);
        openTab(robot, "#roundsTab", "#startRoundButton");
        waitUntil(() -> robot.lookup("#roundMap .seat-node").queryAll().size() == 31);
        int events = window.context.roundBoard().history(SampleMeeting.ID).events().size();
        Label problem = robot.lookup("#roundProblem").queryAs(Label.class);

        window.network.cut();
        clock.advance(Duration.ofMinutes(1));
        robot.clickOn(seatOf(robot, "#roundMap", "王建国"));
        waitUntil(() -> window.context.queuedRecords() == 1);
        Button undo = robot.lookup("#undoPourButton").queryButton();
        waitUntil(() -> undo.isVisible() && undo.getText().contains("王建国"));
        assertThat(has(seatOf(robot, "#roundMap", "王建国"), SeatState.SERVED)).isTrue();
        clock.advance(Duration.ofSeconds(20));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> window.context.queuedRecords() == 2);
        waitUntil(() -> !has(seatOf(robot, "#roundMap", "王建国"), SeatState.SERVED));
        assertThat(undo.isVisible()).as("nothing left to take back").isFalse();

        openSeatMenu(robot, "李文华");
        waitUntil(() -> menuItem(robot, "婉拒").isPresent());
        robot.clickOn(menuItem(robot, "婉拒").orElseThrow());
        waitUntil(() -> window.context.queuedRecords() == 3);
        waitUntil(() -> has(seatOf(robot, "#roundMap", "李文华"), SeatState.DECLINED));
        assertThat(problem.getText()).as("no storage message").isEmpty();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("no error dialog").isEmpty();

        window.network.restore();
        waitUntil(() -> {
            robot.interact(workbench::pollLive);
            return window.context.queuedRecords() == 0;
        });
        try (Database venue = Database.open(window.server, Duration.ZERO, () -> { }, null)) {
            List<ServiceEvent> stored = venue.dao(ServiceEventDao.class).events(SampleMeeting.ID);
            assertThat(stored).as("the tap, its undo and the decline, once each").hasSize(events + 3);
            assertThat(stored).filteredOn(e -> e.kind() == ServiceEventKind.POUR_UNDONE).hasSize(1);
            assertThat(stored).filteredOn(e -> e.kind() == ServiceEventKind.DECLINED
                    && e.occurredAt().equals(clock.instant())).hasSize(1);
            assertThat(PourCorrections.effective(stored)).as("the tap taken back on the server too")
                    .noneMatch(e -> e.kind().isPour() && !e.occurredAt().isBefore(clock.instant().minusSeconds(20)));
        }
        waitUntil(() -> has(seatOf(robot, "#roundMap", "李文华"), SeatState.DECLINED)
                && !has(seatOf(robot, "#roundMap", "王建国"), SeatState.SERVED));
    }

    private static boolean has(Node seat, SeatState state) {
        return seat.lookup(".seat").getPseudoClassStates().contains(state.pseudoClass());
    }

    /** What a right-click or a long press on the seat does (Monocle sends no context-menu event). */
    private static void openSeatMenu(FxRobot robot, String name) {
        SeatMap map = robot.lookup("#roundMap").queryAs(SeatMap.class);
        Node seat = seatOf(robot, "#roundMap", name);
        javafx.geometry.Bounds bounds = seat.localToScreen(seat.getBoundsInLocal());
        String key = map.getTiles().stream().filter(t -> t.occupant().equals(name)).findFirst().orElseThrow().id();
        robot.interact(() -> map.onSeatContextRequestedProperty().get().accept(key,
                new javafx.geometry.Point2D(bounds.getCenterX(), bounds.getCenterY())));
    }
}
