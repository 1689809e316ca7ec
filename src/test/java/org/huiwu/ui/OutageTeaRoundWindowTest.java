package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.seatOf;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.huiwu.Workbench;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.Meeting;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.ServiceEventDao;
import org.huiwu.ui.common.MovableClock;
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
 * A tea round opened and a break taken during a cut of the network to the venue's PostgreSQL, in the real window
 * (decision 0048): the sample meeting's board shown, the network cut, 开始本轮 clicked, a seat tapped in the round and
 * 休会 clicked. Before 0048 开始本轮 showed the storage message and nothing was queued; now the round and the break
 * show on the board at once with no message, and once the network is back the live poll sends the round before the
 * tap, which the server holds in that round, once. Needs the PostgreSQL test server.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class OutageTeaRoundWindowTest {

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
    void aRoundOpenedDuringACutShowsAtOnceAndArrivesBeforeItsTap(FxRobot robot) throws Exception {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> workbench.state().currentMeeting() != null);
        openTab(robot, "#roundsTab", "#startRoundButton");
        waitUntil(() -> robot.lookup("#roundMap .seat-node").queryAll().size() == 31);
        Button start = robot.lookup("#startRoundButton").queryAs(Button.class);
        Button close = robot.lookup("#closeRoundButton").queryAs(Button.class);
        assertThat(close.isDisabled()).as("the sample has no open round").isTrue();
        int rounds = window.context.roundBoard().history(SampleMeeting.ID).rounds().size();
        int phases = window.context.roundBoard().history(SampleMeeting.ID).phases().size();

        window.network.cut();
        clock.advance(Duration.ofMinutes(1));
        robot.clickOn(start);
        Label next = robot.lookup("#nextSeatLabel").queryAs(Label.class);
        waitUntil(() -> !close.isDisabled() && next.getText().contains(String.valueOf(rounds + 1)));
        Label problem = robot.lookup("#roundProblem").queryAs(Label.class);
        assertThat(problem.getText()).as("no storage message").isEmpty();
        assertThat(window.context.queuedRecords()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        robot.clickOn(seatOf(robot, "#roundMap", "王建国"));
        waitUntil(() -> window.context.queuedRecords() == 2);
        clock.advance(Duration.ofMinutes(1));
        robot.clickOn("#pauseMeetingButton");
        waitUntil(() -> window.context.queuedRecords() == 3);
        Button resume = robot.lookup("#resumeMeetingButton").queryAs(Button.class);
        waitUntil(() -> !resume.isDisabled());
        assertThat(problem.getText()).isEmpty();

        window.network.restore();
        waitUntil(() -> {
            robot.interact(workbench::pollLive);
            return window.context.queuedRecords() == 0;
        });
        try (Database venue = Database.open(window.server, Duration.ZERO, () -> { }, null)) {
            ServiceEventDao events = venue.dao(ServiceEventDao.class);
            assertThat(events.rounds(SampleMeeting.ID)).as("the round arrives once").hasSize(rounds + 1);
            int number = events.rounds(SampleMeeting.ID).get(rounds).number();
            assertThat(events.events(SampleMeeting.ID)).filteredOn(e -> e.kind().isPour())
                    .filteredOn(e -> e.roundNumber() == number).as("the tap arrives once, in its round").hasSize(1);
            assertThat(events.phases(SampleMeeting.ID)).as("the break arrives once").hasSize(phases + 1);
        }
    }
}
