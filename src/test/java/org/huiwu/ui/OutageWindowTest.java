package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.seatOf;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.huiwu.AppContext;
import org.huiwu.Workbench;
import org.huiwu.logic.live.LoopbackForwarder;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.Attendee;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.DatabaseServer;
import org.huiwu.persistence.SeatPlanDao;
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
 * The real window on the venue server while the network to it is cut (decision 0038): a position typed into the
 * attendee table, a leader dragged onto another's seat on the seat map, and a leader marked absent with the reflow
 * it offers are taken without a storage message, show at once on the screen and on every read of the laptop, the
 * status bar says four records wait, and when the
 * network is back the live poll sends them and both are on the server. Needs the PostgreSQL test server (skips
 * without it, fails on CI).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class OutageWindowTest {

    private static final int ROW = 2;
    private static final int POSITION = 3;

    @TempDir
    Path laptop;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private WindowOnServer window;
    private DatabaseServer server;
    private LoopbackForwarder network;
    private AppContext context;
    private Workbench workbench;

    @Start
    void start(Stage primary) {
        // the window is opened in open(), once the laptop's store is there
    }

    @BeforeEach
    void open() throws Exception {
        window = WindowOnServer.open(laptop, clock, 1366, 768);
        server = window.server;
        network = window.network;
        context = window.context;
        workbench = window.workbench();
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void anAttendeeEditAndASeatMoveDuringACutShowAtOnceAndArriveWhenBack(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> workbench.state().currentMeeting() != null);
        openTab(robot, "#attendeesTab", "#attendeeTable");
        TableView<Attendee> table = robot.lookup("#attendeeTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 19);
        openTab(robot, "#seatingTab", "#autoAssignButton");
        waitUntil(() -> robot.lookup("#seatMap .seat-node").tryQuery().isPresent());
        List<String> podium = podiumNames();
        robot.interact(workbench::pollLive);
        Label status = robot.lookup("#serverLabel").queryAs(Label.class);
        waitUntil(() -> "实时同步".equals(status.getText()));
        openTab(robot, "#attendeesTab", "#attendeeTable");

        network.cut();
        robot.doubleClickOn(AttendeeEditingTest.cell(robot, table, ROW, POSITION));
        waitUntil(() -> table.getEditingCell() != null);
        robot.eraseText(30).write("党组书记").type(KeyCode.ENTER);
        waitUntil(() -> context.queuedRecords() == 1);
        waitUntil(() -> table.getEditingCell() == null && table.getItems().get(ROW).position().equals("党组书记"));
        Attendee edited = table.getItems().get(ROW);
        assertThat(context.roster().list(SampleMeeting.ID)).as("every read of the laptop shows it")
                .filteredOn(a -> a.id().equals(edited.id())).extracting(Attendee::position).containsExactly("党组书记");

        openTab(robot, "#seatingTab", "#autoAssignButton");
        robot.drag(seatOf(robot, "#seatMap", podium.get(0))).dropTo(seatOf(robot, "#seatMap", podium.get(1)));
        waitUntil(() -> context.queuedRecords() == 2);
        List<String> swapped = List.of(podium.get(1), podium.get(0));
        waitUntil(() -> podiumNames().subList(0, 2).equals(swapped));
        robot.clickOn(seatOf(robot, "#seatMap", podium.get(2)));
        robot.clickOn("#seatAbsentButton");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane choice = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(choice.getButtonTypes().stream().map(choice::lookupButton)
                .filter(b -> ((Button) b).getText().equals("后面位次依次前移")).findFirst().orElseThrow());
        List<String> reflowed = new ArrayList<>(swapped);
        reflowed.addAll(podium.subList(3, podium.size()));
        reflowed.add("-");
        waitUntil(() -> context.queuedRecords() == 4);
        waitUntil(() -> podiumNames().equals(reflowed));
        robot.interact(workbench::pollLive);
        waitUntil(() -> status.getText() != null && status.getText().contains("本机 4 条待发送"));

        network.restore();
        waitUntil(() -> {
            robot.interact(workbench::pollLive);
            return "实时同步".equals(status.getText());
        });
        try (Database venue = Database.open(server, Duration.ZERO, () -> { }, null)) {
            assertThat(venue.dao(AttendeeDao.class).find(edited.id()).orElseThrow().position()).isEqualTo("党组书记");
            SeatPlan plan = venue.dao(SeatPlanDao.class).findByMeeting(SampleMeeting.ID).orElseThrow();
            assertThat(names(plan, venue.dao(SeatPlanDao.class).assignments(plan.id())))
                    .as("the drag, then the reflow after the absence").isEqualTo(reflowed);
            assertThat(venue.dao(AttendeeDao.class).listByMeeting(SampleMeeting.ID))
                    .filteredOn(a -> a.name().equals(podium.get(2))).extracting(Attendee::checkIn)
                    .containsExactly(org.huiwu.model.CheckInStatus.ABSENT);
        }
        assertThat(context.queuedRecords()).isZero();
    }

    /** The podium's names in seat order, as the laptop reads them (the waiting steps laid over). */
    private List<String> podiumNames() {
        SeatPlan plan = context.seatPlans().find(SampleMeeting.ID).orElseThrow();
        return names(plan, context.seatPlans().assignments(plan.id()));
    }

    private List<String> names(SeatPlan plan, SeatAssignments assignments) {
        List<Attendee> people = context.roster().list(SampleMeeting.ID);
        return context.seatPlans().seats(plan).stream().filter(s -> s.blockKind() == BlockKind.PODIUM)
                .map(PlannedSeat::key)
                .map(key -> assignments.occupantOf(key).flatMap(id -> people.stream().filter(a -> a.id().equals(id))
                        .findFirst()).map(Attendee::name).orElse("-"))
                .toList();
    }
}
