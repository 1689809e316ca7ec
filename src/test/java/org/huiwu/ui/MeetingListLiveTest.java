package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

import org.huiwu.AppContext;
import org.huiwu.model.Meeting;
import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * One truth about the meetings in the real window (issue 15): a meeting made, renamed or deleted by another laptop
 * (a second {@link AppContext} through H2's server on the same folder) shows in this window's meeting list on its
 * next poll of the change feed, while the meeting open here stays open — never switched to the meeting that took
 * its place in the list — and what is being typed in its form stays.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MeetingListLiveTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(clock, 1280, 720);

    /** The first poll takes the feed's end as its start, as the live timer's first poll does. */
    private void followTheFeed(FxRobot robot) {
        robot.interact(() -> app.window().workbench().pollLive());
        Label server = robot.lookup("#serverLabel").queryAs(Label.class);
        waitUntil(() -> server.getText().equals("实时同步"));
    }

    @Test
    void aMeetingMadeAndRenamedElsewhereShowsWhileTheOpenOneStaysOpen(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        ListView<Meeting> list = robot.lookup("#meetingList").queryListView();
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        Meeting sample = app.window().workbench().state().currentMeeting();
        openTab(robot, "#attendeesTab", "#attendeeTable");
        List<UUID> opened = new CopyOnWriteArrayList<>();
        robot.interact(() -> app.window().workbench().state().currentMeetingProperty()
                .addListener((obs, old, now) -> opened.add(now == null ? null : now.id())));

        followTheFeed(robot);
        try (AppContext otherLaptop = AppContext.open(app.dataDir(), clock)) {
            Meeting later = otherLaptop.meetings().draft("下周市政协会议").withTitleAndDate("下周市政协会议",
                    sample.date().plusDays(7));
            otherLaptop.meetings().save(later);
            otherLaptop.meetings().save(sample.withTitleAndDate("全市会务工作培训会（改）", sample.date()));
        }
        robot.interact(() -> app.window().workbench().pollLive());

        waitUntil(() -> list.getItems().size() == 2 && list.getItems().get(0).title().equals("下周市政协会议"));
        waitUntil(() -> app.window().workbench().state().currentMeeting().title().equals("全市会务工作培训会（改）"));
        assertThat(opened).as("the open meeting was never switched").containsOnly(sample.id());
        assertThat(list.getSelectionModel().getSelectedItem().id()).isEqualTo(sample.id());
        assertThat(app.window().workbench().state().shownScreenProperty().get()).isEqualTo("attendeesTab");
    }

    @Test
    void typingInTheFormStaysWhenAnotherLaptopRenamesTheMeeting(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        waitUntil(() -> robot.lookup("#meetingVenueField").tryQuery().isPresent());
        Meeting sample = app.window().workbench().state().currentMeeting();
        TextField venue = robot.lookup("#meetingVenueField").queryAs(TextField.class);
        robot.clickOn(venue).eraseText(venue.getText().length()).write("三楼第二会议室");

        followTheFeed(robot);
        try (AppContext otherLaptop = AppContext.open(app.dataDir(), clock)) {
            otherLaptop.meetings().save(sample.withTitleAndDate("全市会务工作培训会（改）", sample.date()));
        }
        robot.interact(() -> app.window().workbench().pollLive());

        waitUntil(() -> app.window().workbench().state().currentMeeting().title().equals("全市会务工作培训会（改）"));
        assertThat(venue.getText()).isEqualTo("三楼第二会议室");
    }

    @Test
    void theOpenMeetingDeletedElsewhereClosesWithAWord(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        ListView<Meeting> list = robot.lookup("#meetingList").queryListView();
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        Meeting sample = app.window().workbench().state().currentMeeting();

        followTheFeed(robot);
        try (AppContext otherLaptop = AppContext.open(app.dataDir(), clock)) {
            otherLaptop.meetings().delete(sample.id());
        }
        robot.interact(() -> app.window().workbench().pollLive());

        waitUntil(() -> list.getItems().isEmpty());
        waitUntil(() -> app.window().workbench().state().currentMeeting() == null);
        assertThat(app.window().workbench().state().statusProperty().get())
                .isEqualTo("会议“" + sample.title() + "”已在另一台电脑上删除");
    }
}
