package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;

import org.huiwu.AppContext;
import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Venue mode in the real window (decision 0031): a check-in and a tea record stored by a second store connection
 * (another laptop) show in this window's one meeting state on its next poll of the change feed — the attendee
 * table shows the check-in, the tea revision goes up — and the status bar says the link is live. H2 (the second
 * {@link AppContext} goes through H2's server on the same folder).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LiveWindowTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(clock, 1280, 720);

    @Test
    void aCheckInAndATapOnAnotherLaptopShowHereOnTheNextPoll(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        openTab(robot, "#attendeesTab", "#attendeeTable");
        TableView<Attendee> table = robot.lookup("#attendeeTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 19);
        robot.interact(() -> app.window().workbench().pollLive());
        Label server = robot.lookup("#serverLabel").queryAs(Label.class);
        waitUntil(() -> server.getText().equals("实时同步"));
        AtomicInteger service = new AtomicInteger();
        robot.interact(() -> app.window().workbench().state().openMeeting().serviceRevisionProperty()
                .addListener((obs, old, now) -> service.incrementAndGet()));

        Attendee guest = table.getItems().stream().filter(a -> a.checkIn() != CheckInStatus.ARRIVED).findFirst()
                .orElseThrow();
        try (AppContext otherLaptop = AppContext.open(app.dataDir(), clock)) {
            otherLaptop.roster().checkIn(guest.id(), CheckInStatus.ARRIVED);
            otherLaptop.serviceLog().markServed(new SeatVisit(guest.meetingId(), "A-1-1", guest.id(), "张敏"));
        }
        robot.interact(() -> app.window().workbench().pollLive());

        waitUntil(() -> table.getItems().stream().anyMatch(a -> a.id().equals(guest.id())
                && a.checkIn() == CheckInStatus.ARRIVED));
        waitUntil(() -> service.get() > 0);
        assertThat(server.getText()).isEqualTo("实时同步");
    }
}
