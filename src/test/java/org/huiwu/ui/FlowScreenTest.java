package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.huiwu.logic.flow.FlowSnapshot;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.model.checklists.MarkState;
import org.huiwu.model.flow.StageChange;
import org.huiwu.ui.common.FxDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Drives the venue window and the flow tab of the real window headless: adds a room, books it, has a second
 * overlapping booking refused with the clash shown, books a later slot and has moving it onto the first refused
 * with the clash shown (Esc puts it back), makes the first booking a meeting with one click, then takes that
 * meeting from booking to closed — refused while the work order is unconfirmed, a requirement typed and kept
 * with Tab and the order confirmed on the work order tab, preparation closed by a supervisor override with a reason, a patrol round logged from the
 * tab, and the other stages closed once their items are ticked.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FlowScreenTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dataDir;

    private AppWindow window;

    @Start
    void start(Stage primary) {
        window = AppWindow.open(dataDir, CLOCK, Theme.LIGHT, 1366, 768, FxDialogService::new);
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    @Test
    void bookARoomRefuseADoubleBookingAndTakeTheMeetingThroughEveryStage(FxRobot robot) {
        robot.interact(() -> window.workbench().venue().open());
        waitUntil(() -> robot.lookup("#venueCalendar").tryQuery().isPresent());
        robot.interact(() -> ((TabPane) robot.lookup("#venueCalendar").query().getScene().lookup(".tab-pane"))
                .getSelectionModel().select(1));
        type(robot, "#venueRoomName", "第一会议室");
        type(robot, "#venueCapacity", "30");
        robot.clickOn("#venueAddRoom");
        waitUntil(() -> robot.lookup("#venueRooms").queryTableView().getItems().size() == 1);
        robot.interact(() -> ((TabPane) robot.lookup("#venueRooms").query().getScene().lookup(".tab-pane"))
                .getSelectionModel().select(0));

        type(robot, "#venueStart", "09:00");
        type(robot, "#venueEnd", "11:00");
        type(robot, "#venueTitle", "常务会议");
        robot.clickOn("#venueBook");
        waitUntil(() -> text(robot, "#venueMessage").startsWith("已预约"));
        type(robot, "#venueStart", "10:00");
        type(robot, "#venueEnd", "12:00");
        type(robot, "#venueTitle", "专题会议");
        robot.clickOn("#venueBook");
        waitUntil(() -> text(robot, "#venueMessage").contains("冲突"));
        assertThat(text(robot, "#venueMessage")).contains("09:00–11:00 常务会议");
        assertThat(window.context().roomBook().rooms()).hasSize(1);
        type(robot, "#venueStart", "13:00");
        type(robot, "#venueEnd", "14:00");
        type(robot, "#venueTitle", "专题会议");
        robot.clickOn("#venueBook");
        waitUntil(() -> text(robot, "#venueMessage").startsWith("已预约"));
        robot.clickOn(bookingButton(robot, "专题会议"));
        waitUntil(() -> robot.lookup("#venueEditPane").query().isVisible());
        robot.clickOn("#venueEditStart").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("10:00").type(KeyCode.TAB);
        waitUntil(() -> text(robot, "#venueMessage").contains("冲突"));
        assertThat(text(robot, "#venueMessage")).contains("09:00–11:00 常务会议");
        assertThat(window.context().roomBook().between(java.time.LocalDate.of(2026, 12, 7),
                java.time.LocalDate.of(2026, 12, 7))).filteredOn(b -> b.title().equals("专题会议")).singleElement()
                .satisfies(b -> assertThat(b.startTime()).hasToString("13:00"));
        robot.clickOn("#venueEditStart").type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#venueEditStart").queryAs(TextField.class).getText()).isEqualTo("13:00");

        robot.clickOn(bookingButton(robot, "常务会议"));
        robot.clickOn("#venueToMeeting");
        waitUntil(() -> window.workbench().state().currentMeeting() != null);
        UUID meetingId = window.workbench().state().currentMeeting().id();
        assertThat(window.workbench().state().currentMeeting().title()).isEqualTo("常务会议");
        robot.interact(() -> robot.lookup("#venueCalendar").query().getScene().getWindow().hide());

        openTab(robot, "#flowTab", "#flowLines");
        type(robot, "#flowAttendant", "吕佳");
        waitUntil(() -> text(robot, "#flowStage").contains("预约"));
        robot.clickOn("#flowAdvance");
        waitUntil(() -> text(robot, "#flowMessage").contains("必办事项"));

        robot.clickOn("#flowWorkOrderTab");
        robot.clickOn("#orderSpecial").write("2 headsets").type(KeyCode.TAB);
        waitUntil(() -> window.context().meetingFlows().workOrders().of(meetingId)
                .filter(o -> o.specialNeeds().equals("2 headsets")).isPresent());
        type(robot, "#orderConfirmWith", "王主任");
        robot.clickOn("#orderConfirm");
        waitUntil(() -> text(robot, "#orderConfirmation").contains("王主任"));
        robot.clickOn("#flowStagesTab");
        robot.clickOn("#flowAdvance");
        waitUntil(() -> text(robot, "#flowStage").contains("会前准备"));

        robot.clickOn("#flowAdvance");
        waitUntil(() -> text(robot, "#flowMessage").contains("主管"));
        type(robot, "#flowSupervisor", "张主管");
        type(robot, "#flowReason", "主办方提前开会");
        robot.clickOn("#flowOverride");
        waitUntil(() -> text(robot, "#flowStage").contains("会中"));
        StageChange override = window.context().meetingFlows().open(meetingId, "吕佳").lastOverride().orElseThrow();
        assertThat(override.overrideReason()).isEqualTo("主办方提前开会");
        assertThat(override.changedBy()).isEqualTo("张主管");
        assertThat(override.openItems()).isPositive();

        type(robot, "#flowPatrolNote", "室温正常");
        robot.clickOn("#flowPatrol");
        waitUntil(() -> robot.lookup("#flowPatrols").queryListView().getItems().size() == 1);
        settle(meetingId);
        robot.clickOn("#flowAdvance");
        waitUntil(() -> text(robot, "#flowStage").contains("会后整理"));
        settle(meetingId);
        robot.clickOn("#flowAdvance");
        waitUntil(() -> text(robot, "#flowStage").contains("已结束"));
        assertThat(robot.lookup("#flowAdvance").queryButton().isDisabled()).isTrue();
        assertThat(window.context().meetingFlows().open(meetingId, "吕佳").changes()).hasSize(4)
                .filteredOn(StageChange::overridden).hasSize(1);
    }

    /** Ticks the current stage's items as the attendant would, one by one. */
    private void settle(UUID meetingId) {
        FlowSnapshot now = window.context().meetingFlows().open(meetingId, "吕佳");
        now.linesOf(now.stage()).forEach(l -> window.context().meetingFlows().stageLists().mark(meetingId,
                l.item().id(), MarkState.DONE, "", "吕佳"));
        now.serviceLinesOf(now.stage()).forEach(l -> window.context().checklists().mark(meetingId, l.item().id(),
                MarkState.DONE, "", "吕佳"));
    }

    private static Node bookingButton(FxRobot robot, String title) {
        return robot.lookup((Node n) -> n instanceof Button b && b.getText() != null && b.getText().contains(title)
                && b.getStyleClass().contains("venue-booking")).queryAs(Node.class);
    }

    private static void type(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).queryAs(TextField.class).setText(text));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
    }
}
