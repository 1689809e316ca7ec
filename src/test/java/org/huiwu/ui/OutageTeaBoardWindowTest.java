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
 * The tea board of a meeting opened again during a cut of the network to the venue's PostgreSQL, in the real window
 * (decision 0046): the sample meeting's board shown, another meeting chosen, the network cut, the sample chosen again.
 * Before 0046 its board showed the storage message; now it shows its seats with no message, a tap on a seat shows as
 * served and waits, and once the network is back the live poll sends it and the server holds it once. Needs the
 * PostgreSQL test server.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class OutageTeaBoardWindowTest {

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
    void aTeaBoardOpenedAgainDuringACutShowsItsSeatsAndATapArrivesOnce(FxRobot robot) throws Exception {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> workbench.state().currentMeeting() != null);
        openTab(robot, "#roundsTab", "#startRoundButton");
        waitUntil(() -> robot.lookup("#roundMap .seat-node").queryAll().size() == 31);
        WindowRobot.command(robot, "会议", "新建会议");
        waitUntil(() -> workbench.state().currentMeeting() != null
                && !workbench.state().currentMeeting().id().equals(SampleMeeting.ID));
        openTab(robot, "#roundsTab", "#startRoundButton");
        Label summary = robot.lookup("#roundSummary").queryAs(Label.class);
        waitUntil(() -> summary.getText() != null && summary.getText().startsWith("轮次 0"));
        int stored = window.context.roundBoard().history(SampleMeeting.ID).events().size();

        window.network.cut();
        robot.clickOn(robot.lookup("#meetingList .list-cell").match(OutageTeaBoardWindowTest::sampleCell)
                .queryAs(Node.class));
        waitUntil(() -> workbench.state().currentMeeting() != null
                && workbench.state().currentMeeting().id().equals(SampleMeeting.ID));
        openTab(robot, "#roundsTab", "#startRoundButton");
        waitUntil(() -> robot.lookup("#roundMap .seat-node").queryAll().size() == 31);
        Label problem = robot.lookup("#roundProblem").queryAs(Label.class);
        assertThat(problem.getText()).as("no storage message on the board read before").isEmpty();
        robot.clickOn(seatOf(robot, "#roundMap", "王建国"));
        waitUntil(() -> window.context.queuedRecords() == 1);
        assertThat(problem.getText()).isEmpty();

        window.network.restore();
        waitUntil(() -> {
            robot.interact(workbench::pollLive);
            return window.context.queuedRecords() == 0;
        });
        try (Database venue = Database.open(window.server, Duration.ZERO, () -> { }, null)) {
            assertThat(venue.dao(ServiceEventDao.class).events(SampleMeeting.ID)).as("the tap arrives once")
                    .hasSize(stored + 1).extracting(ServiceEvent::attendant).isNotNull();
        }
    }

    private static boolean sampleCell(Node cell) {
        return cell instanceof javafx.scene.control.ListCell<?> c && c.getItem() instanceof Meeting m
                && m.id().equals(SampleMeeting.ID);
    }
}
