package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.seatOf;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.huiwu.AppContext;
import org.huiwu.WindowStartOnServer;
import org.huiwu.Workbench;
import org.huiwu.logic.live.LoopbackForwarder;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.Meeting;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.ServiceEventDao;
import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A laptop restarted while the venue server cannot be reached, in the real window (decision 0047): a first run with
 * the server shows the sample meeting's tea board and quits; the network is cut; the window's own opening asks the
 * password in its dialog — a wrong one is refused there, the right one opens the window in outage mode: the meeting
 * list shows the sample meeting, the status bar says the server cannot be reached, the sample's tea board opens with
 * its seats and a tapped seat waits; once the network is back the live poll sends the tap and the server holds it
 * once. Before 0047 the opening failed with the unreachable message. Needs the PostgreSQL test server.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class OfflineStartWindowTest {

    @TempDir
    Path laptop;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private WindowOnServer window;

    @Start
    void start(Stage primary) {
        // the windows are opened by the test: the first run, then the start during the cut
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void aWindowStartedDuringACutShowsTheMeetingReadBeforeAndItsTapArrivesOnce(FxRobot robot) throws Exception {
        window = WindowOnServer.open(laptop, clock, 1366, 768);
        Workbench first = window.workbench();
        robot.clickOn("#openSampleButton");
        waitUntil(() -> first.state().currentMeeting() != null);
        openTab(robot, "#roundsTab", "#startRoundButton");
        waitUntil(() -> robot.lookup("#roundMap .seat-node").queryAll().size() == 31);
        int stored = window.context.roundBoard().history(SampleMeeting.ID).events().size();
        window.quit();

        window.network.cut();
        CompletableFuture<AppContext> opening = WindowStartOnServer.begin(laptop,
                LoopbackForwarder.through(window.server, window.network));
        waitUntil(() -> robot.lookup("#serverPasswordField").tryQuery().isPresent());
        robot.clickOn("#serverPasswordField").write("not-the-password");
        robot.clickOn("#serverPasswordOkButton");
        waitUntil(() -> robot.lookup("#serverPasswordProblem").tryQueryAs(Label.class)
                .filter(l -> l.isVisible() && !l.getText().isBlank()).isPresent());
        assertThat(opening).as("a wrong password opens nothing").isNotDone();
        robot.clickOn("#serverPasswordField").write(window.server.password());
        robot.clickOn("#serverPasswordOkButton");
        AppContext context = opening.get(60, TimeUnit.SECONDS);
        window = WindowOnServer.show(context, window.server, window.network, 1366, 768);
        Workbench workbench = window.workbench();

        waitUntil(() -> robot.lookup("#meetingList .list-cell").match(OfflineStartWindowTest::sampleCell)
                .tryQuery().isPresent());
        robot.interact(workbench::pollLive);
        Label status = robot.lookup("#serverLabel").queryAs(Label.class);
        waitUntil(() -> status.getText() != null && status.getText().contains("记录暂存本机"));
        robot.clickOn(robot.lookup("#meetingList .list-cell").match(OfflineStartWindowTest::sampleCell)
                .queryAs(Node.class));
        waitUntil(() -> workbench.state().currentMeeting() != null
                && workbench.state().currentMeeting().id().equals(SampleMeeting.ID));
        openTab(robot, "#roundsTab", "#startRoundButton");
        waitUntil(() -> robot.lookup("#roundMap .seat-node").queryAll().size() == 31);
        Label problem = robot.lookup("#roundProblem").queryAs(Label.class);
        assertThat(problem.getText()).as("no storage message on the board read before the restart").isEmpty();
        robot.clickOn(seatOf(robot, "#roundMap", "王建国"));
        waitUntil(() -> context.queuedRecords() == 1);
        robot.interact(workbench::pollLive);
        waitUntil(() -> status.getText() != null && status.getText().contains("本机 1 条待发送"));

        window.network.restore();
        waitUntil(() -> {
            robot.interact(workbench::pollLive);
            return context.queuedRecords() == 0;
        });
        try (Database venue = Database.open(window.server, Duration.ZERO, () -> { }, null)) {
            assertThat(venue.dao(ServiceEventDao.class).events(SampleMeeting.ID)).as("the tap arrives once")
                    .hasSize(stored + 1);
        }
    }

    private static boolean sampleCell(Node cell) {
        return cell instanceof javafx.scene.control.ListCell<?> c && c.getItem() instanceof Meeting m
                && m.id().equals(SampleMeeting.ID);
    }
}
