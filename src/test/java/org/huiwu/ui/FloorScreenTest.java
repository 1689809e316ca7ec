package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;

import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.rounds.SeatServiceState;
import org.huiwu.ui.floor.FloorViewModel.FloorLine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The venue floor window of the real window (issue #15) at 10:00 in Beijing: empty with no meeting, then the
 * sample meeting (in progress since 09:10 with its tea history, a disturbance still open) read as a row whose
 * cells show its room, stage, overdue seats — as many as the tea board counts — and one open incident; a
 * double-click opens the meeting in the main window.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FloorScreenTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1280, 720);

    @Test
    void showsTheSampleMeetingInProgressWithItsOverdueSeatsAndOpenIncidentAndOpensIt(FxRobot robot) {
        robot.interact(() -> app.window().workbench().floor().open());
        waitUntil(() -> robot.lookup("#floorStatus").tryQuery().isPresent()
                && !robot.lookup("#floorStatus").queryAs(Label.class).getText().isEmpty());
        TableView<?> table = robot.lookup("#floorTable").queryAs(TableView.class);
        assertThat(table.getItems()).isEmpty();
        assertThat(robot.lookup("#floorStatus").queryAs(Label.class).getText()).contains("0");

        app.window().context().sampleMeeting().ensure();
        robot.interact(() -> app.window().workbench().floor().model().reload());
        waitUntil(() -> table.getItems().size() == 1);
        FloorLine line = app.window().workbench().floor().model().shown().get(0);
        int overdue = app.window().context().roundBoard().now(app.window().context().roundBoard()
                .load(SampleMeeting.ID)).count(SeatServiceState.OVERDUE);
        assertThat(overdue).isPositive();
        assertThat(line.overdue()).isEqualTo(overdue);
        assertThat(line.incidents()).isEqualTo(1);
        waitUntil(() -> cells(robot).contains("市行政中心1号会议室"));
        List<String> cells = cells(robot);
        assertThat(cells).contains("市行政中心1号会议室", "09:10–11:40", "会中", String.valueOf(overdue), "1");
        assertThat(app.window().workbench().state().currentMeeting()).isNull();

        Node room = robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && "市行政中心1号会议室".equals(c.getText()))
                .query();
        robot.doubleClickOn(room);
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        assertThat(app.window().workbench().state().currentMeeting().id()).isEqualTo(SampleMeeting.ID);
    }

    private static List<String> cells(FxRobot robot) {
        return robot.lookup("#floorTable .table-cell").queryAll().stream()
                .map(n -> ((TableCell<?, ?>) n).getText()).filter(t -> t != null && !t.isEmpty()).toList();
    }
}
