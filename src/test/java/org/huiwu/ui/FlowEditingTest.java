package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.huiwu.logic.flow.RoomBook;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.flow.Booking;
import org.huiwu.model.flow.ItemKind;
import org.huiwu.model.flow.Room;
import org.huiwu.model.flow.RoomLayout;
import org.huiwu.model.flow.WorkOrder;
import org.huiwu.ui.common.ScriptedDialogs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The flow's forms keep typing as the rest of the app does: the work order and the rooms table commit on Tab
 * and on a click away, survive a screen change and are stored; Esc cancels. A booking selected in the venue
 * calendar is moved, refused with the clash when it would double-book its room (the typing kept), changed to
 * another room, and cancelled after asking, which frees the room. The stage checklist template is edited in
 * the shared template editor; each edit is a new version, which the open meeting does not take.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FlowEditingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1366, 768).dialogs(owner -> dialogs);

    @Test
    void theWorkOrderCommitsOnTabAndOnAClickAwayAndEscCancels(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        openTab(robot, "#flowTab", "#flowLines");
        robot.clickOn("#flowWorkOrderTab");
        waitUntil(() -> !field(robot, "#orderRoom").getText().isEmpty());
        String room = field(robot, "#orderRoom").getText();

        replace(robot, "#orderSpecial", "headsets x4");
        robot.type(KeyCode.TAB);
        waitUntil(() -> order().specialNeeds().equals("headsets x4"));
        assertThat(order().confirmed()).as("a changed order is confirmed again").isFalse();

        replace(robot, "#orderProjectors", "3");
        robot.clickOn("#flowStagesTab");
        waitUntil(() -> order().projectors() == 3);
        openTab(robot, "#checklistsTab", "#checklistRemaining");
        openTab(robot, "#flowTab", "#flowLines");
        robot.clickOn("#flowWorkOrderTab");
        assertThat(field(robot, "#orderSpecial").getText()).isEqualTo("headsets x4");
        assertThat(field(robot, "#orderProjectors").getText()).isEqualTo("3");

        replace(robot, "#orderRoom", "XYZ");
        robot.type(KeyCode.ESCAPE);
        assertThat(field(robot, "#orderRoom").getText()).isEqualTo(room);
        robot.clickOn("#orderSpecial");
        assertThat(order().roomName()).isEqualTo(room);
    }

    @Test
    void aBadWorkOrderTimeLeftWithTabIsMarkedBesideItsFieldAndNotSaved(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        openTab(robot, "#flowTab", "#flowLines");
        robot.clickOn("#flowWorkOrderTab");
        waitUntil(() -> !field(robot, "#orderRoom").getText().isEmpty());
        var stored = app.window().context().meetingFlows().workOrders().of(SampleMeeting.ID);

        replace(robot, "#orderEnd", "25:99");
        robot.type(KeyCode.TAB);
        javafx.scene.control.Label mark = robot.lookup("#orderEndMark").queryAs(javafx.scene.control.Label.class);
        waitUntil(mark::isVisible);
        assertThat(mark.getText()).isEqualTo(new org.huiwu.i18n.I18n(java.util.Locale.SIMPLIFIED_CHINESE)
                .get("flow.problem.badTimes"));
        assertThat(field(robot, "#orderEnd").getText()).isEqualTo("25:99");
        assertThat(app.window().context().meetingFlows().workOrders().of(SampleMeeting.ID)).isEqualTo(stored);

        replace(robot, "#orderEnd", "17:30");
        waitUntil(() -> !mark.isVisible());
        robot.type(KeyCode.TAB);
        waitUntil(() -> java.time.LocalTime.of(17, 30).equals(order().endTime()));
    }

    @Test
    void aBookingIsMovedRefusedOnAClashChangedToAnotherRoomAndCancelled(FxRobot robot) {
        RoomBook book = app.window().context().roomBook();
        Room first = book.saveRoom(null, "第一会议室", 30, RoomLayout.BOARDROOM, "", false, "吕佳");
        Room second = book.saveRoom(null, "第二会议室", 12, RoomLayout.U_SHAPE, "", false, "吕佳");
        Booking standing = book.book(new RoomBook.Request(first.id(), TODAY, LocalTime.of(9, 0), LocalTime.of(11, 0),
                "常务会议", "", "吕佳", "", 20), "吕佳");
        Booking moving = book.book(new RoomBook.Request(first.id(), TODAY, LocalTime.of(14, 0), LocalTime.of(16, 0),
                "专题会议", "", "吕佳", "", 10), "吕佳");
        robot.interact(() -> app.window().workbench().venue().open());
        waitUntil(() -> bookingButton(robot, "专题会议") != null);

        robot.clickOn(bookingButton(robot, "专题会议"));
        waitUntil(() -> robot.lookup("#venueEditPane").query().isVisible());
        replace(robot, "#venueEditStart", "10:00");
        robot.type(KeyCode.TAB);
        waitUntil(() -> text(robot, "#venueMessage").contains("冲突"));
        assertThat(text(robot, "#venueMessage")).contains("09:00–11:00 常务会议");
        assertThat(field(robot, "#venueEditStart").getText()).as("the refused typing stays").isEqualTo("10:00");
        assertThat(stored(moving.id()).startTime()).isEqualTo(LocalTime.of(14, 0));
        robot.clickOn("#venueEditStart").type(KeyCode.ESCAPE);
        assertThat(field(robot, "#venueEditStart").getText()).isEqualTo("14:00");

        replace(robot, "#venueEditEnd", "17:00");
        robot.clickOn("#venueEditTitle");
        waitUntil(() -> stored(moving.id()).endTime().equals(LocalTime.of(17, 0)));
        @SuppressWarnings("unchecked")
        ChoiceBox<Room> rooms = robot.lookup("#venueEditRoom").queryAs(ChoiceBox.class);
        robot.interact(() -> rooms.setValue(rooms.getItems().stream().filter(r -> r.id().equals(second.id()))
                .findFirst().orElseThrow()));
        waitUntil(() -> stored(moving.id()).roomId().equals(second.id()));

        dialogs.answerConfirm(true);
        robot.clickOn("#venueCancelBooking");
        waitUntil(() -> stored(moving.id()).cancelled());
        waitUntil(() -> bookingButton(robot, "专题会议") == null);
        assertThat(bookingButton(robot, "常务会议")).isNotNull();
        assertThat(stored(standing.id()).cancelled()).isFalse();
        assertThat(book.book(new RoomBook.Request(second.id(), TODAY, LocalTime.of(14, 0), LocalTime.of(17, 0),
                "座谈会", "", "吕佳", "", 8), "吕佳").title()).as("the cancelled booking freed the room").isEqualTo("座谈会");
    }

    @Test
    void aBadBookingTimeLeftIsMarkedBesideItsFieldInTheNewBookingAndTheEditorAndNotSaved(FxRobot robot) {
        RoomBook book = app.window().context().roomBook();
        Room room = book.saveRoom(null, "第一会议室", 30, RoomLayout.BOARDROOM, "", false, "吕佳");
        Booking booking = book.book(new RoomBook.Request(room.id(), TODAY, LocalTime.of(14, 0), LocalTime.of(16, 0),
                "专题会议", "", "吕佳", "", 10), "吕佳");
        robot.interact(() -> app.window().workbench().venue().open());
        waitUntil(() -> bookingButton(robot, "专题会议") != null);
        String reason = new org.huiwu.i18n.I18n(java.util.Locale.SIMPLIFIED_CHINESE).get("flow.problem.badTimes");

        robot.clickOn(bookingButton(robot, "专题会议"));
        waitUntil(() -> robot.lookup("#venueEditPane").query().isVisible());
        replace(robot, "#venueEditStart", "25:99");
        robot.type(KeyCode.TAB);
        Labeled editMark = robot.lookup("#venueEditStartMark").queryAs(Labeled.class);
        waitUntil(editMark::isVisible);
        assertThat(editMark.getText()).isEqualTo(reason);
        assertThat(field(robot, "#venueEditStart").getText()).isEqualTo("25:99");
        assertThat(stored(booking.id()).startTime()).isEqualTo(LocalTime.of(14, 0));
        replace(robot, "#venueEditStart", "13:30");
        waitUntil(() -> !editMark.isVisible());
        robot.type(KeyCode.TAB);
        waitUntil(() -> stored(booking.id()).startTime().equals(LocalTime.of(13, 30)));

        replace(robot, "#venueStart", "9x");
        robot.type(KeyCode.TAB);
        Labeled newMark = robot.lookup("#venueStartMark").queryAs(Labeled.class);
        waitUntil(newMark::isVisible);
        assertThat(newMark.getText()).isEqualTo(reason);
        replace(robot, "#venueEnd", "11:00");
        replace(robot, "#venueTitle", "座谈会");
        robot.clickOn("#venueBook");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "#venueStart").getText()).isEqualTo("9x");
        assertThat(book.between(TODAY, TODAY)).extracting(Booking::title).doesNotContain("座谈会");
        replace(robot, "#venueStart", "930");
        waitUntil(() -> !newMark.isVisible());
        robot.clickOn("#venueBook");
        waitUntil(() -> book.between(TODAY, TODAY).stream().anyMatch(b -> b.title().equals("座谈会")
                && b.startTime().equals(LocalTime.of(9, 30))));
    }

    @Test
    void aRoomIsChangedInTheTableOnTabAndEscCancels(FxRobot robot) {
        Room room = app.window().context().roomBook().saveRoom(null, "第一会议室", 30, RoomLayout.BOARDROOM, "", false,
                "吕佳");
        robot.interact(() -> app.window().workbench().venue().open());
        waitUntil(() -> robot.lookup("#venueRooms").tryQuery().isPresent());
        robot.interact(() -> ((TabPane) robot.lookup("#venueRooms").query().getScene().lookup(".tab-pane"))
                .getSelectionModel().select(1));
        TableView<?> table = robot.lookup("#venueRooms").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);

        robot.doubleClickOn(AttendeeEditingTest.cell(robot, table, 0, 1));
        waitUntil(() -> table.getEditingCell() != null);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("40").type(KeyCode.TAB);
        waitUntil(() -> roomNow(room.id()).capacity() == 40);

        robot.doubleClickOn(AttendeeEditingTest.cell(robot, table, 0, 0));
        waitUntil(() -> table.getEditingCell() != null);
        robot.write("X").type(KeyCode.ESCAPE);
        robot.clickOn("#venueRoomName");
        assertThat(roomNow(room.id()).name()).isEqualTo("第一会议室");
    }

    @Test
    void theStageTemplateIsEditedInTheSharedEditorAndEachEditIsANewVersionTheOpenMeetingDoesNotTake(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        openTab(robot, "#flowTab", "#flowLines");
        waitUntil(() -> app.window().context().meetingFlows().stageLists().versionOf(SampleMeeting.ID) > 0);
        int shipped = app.window().context().meetingFlows().stageLists().versionOf(SampleMeeting.ID);
        robot.clickOn("#flowEditTemplate");
        waitUntil(() -> robot.lookup("#templateItems").tryQuery().isPresent());
        ListView<?> items = robot.lookup("#templateItems").queryListView();
        waitUntil(() -> !items.getItems().isEmpty());
        var editor = app.window().workbench().flow().template();
        assertThat(editor.groupProperty().get().kind()).isEqualTo(ItemKind.CLEANING);

        robot.interact(() -> items.getSelectionModel().select(0));
        replace(robot, "#templateTextZh", "桌面、座椅擦拭并消毒");
        robot.clickOn("#templateRename");
        waitUntil(() -> app.window().context().meetingFlows().stageLists().editor().version() == shipped + 1);
        robot.interact(() -> items.getSelectionModel().select(0));
        robot.clickOn("#templateMandatory");
        waitUntil(() -> app.window().context().meetingFlows().stageLists().editor().version() == shipped + 2);
        robot.clickOn("#templateUp");
        robot.type(KeyCode.ESCAPE);

        var template = app.window().context().meetingFlows().stageLists().editor();
        var cleaning = template.lines(editor.groupProperty().get());
        assertThat(cleaning.get(0).textZh()).isEqualTo("桌面、座椅擦拭并消毒");
        assertThat(cleaning.get(0).mandatory()).isFalse();
        assertThat(app.window().context().meetingFlows().stageLists().versionOf(SampleMeeting.ID))
                .as("the open meeting keeps the version it was made with").isEqualTo(shipped);
        assertThat(text(robot, "#flowStage")).contains(String.valueOf(shipped));
    }

    private WorkOrder order() {
        return app.window().context().meetingFlows().workOrders().of(SampleMeeting.ID).orElseThrow();
    }

    private Booking stored(UUID id) {
        return app.window().context().roomBook().between(TODAY, TODAY).stream().filter(b -> b.id().equals(id))
                .findFirst().orElseThrow();
    }

    private Room roomNow(UUID id) {
        return app.window().context().roomBook().rooms().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow();
    }

    private static Node bookingButton(FxRobot robot, String title) {
        return robot.lookup((Node n) -> n instanceof Button b && b.getText() != null && b.getText().contains(title)
                && b.getStyleClass().contains("venue-booking")).tryQuery().orElse(null);
    }

    private static void replace(FxRobot robot, String query, String text) {
        robot.clickOn(query).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
    }

    private static TextField field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
    }
}
