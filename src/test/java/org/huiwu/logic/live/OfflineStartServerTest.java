package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.model.Attendee;
import org.huiwu.model.Meeting;
import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;
import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.DatabaseServer;
import org.huiwu.persistence.ServiceEventDao;
import org.huiwu.persistence.TestStores;
import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A laptop started while the venue server cannot be reached (decision 0047), through the app's own context over the
 * shared PostgreSQL cut by a {@link LoopbackForwarder}: after one run with the server, the context opens with the
 * right password and shows the meeting list and the attendees read before, and a tap made then waits and arrives
 * exactly once when the server is back; a wrong password is refused as the server would refuse it; a folder that never
 * logged in to that server still gets the unreachable failure. Before 0047 every start during the cut failed with
 * {@link StorageProblem#SERVER_UNREACHABLE}. Tagged {@code dao}: needs the PostgreSQL test server.
 */
@Tag("dao")
class OfflineStartServerTest {

    @TempDir
    Path laptop;

    @TempDir
    Path otherLaptop;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void aLaptopRestartedDuringTheCutShowsWhatItReadAndItsTapArrivesOnce() throws Exception {
        DatabaseServer server = TestStores.freshServer();
        try (LoopbackForwarder network = OutboxOutageTest.forwarderTo(server);
                Database venue = Database.open(server, Duration.ZERO, () -> { }, null)) {
            DatabaseServer through = OutboxOutageTest.through(server, network);
            UUID sample;
            List<Meeting> meetings;
            List<Attendee> attendees;
            String seat;
            try (AppContext context = open(laptop, through)) {
                sample = context.sampleMeeting().ensure();
                meetings = context.meetings().list();
                attendees = context.roster().list(sample);
                seat = venue.dao(ServiceEventDao.class).events(sample).get(0).seatKey();
            }

            network.cut();
            assertThatThrownBy(() -> open(laptop, through.withPassword("not-the-password")))
                    .isInstanceOfSatisfying(StorageUnavailableException.class,
                            e -> assertThat(e.problem()).isEqualTo(StorageProblem.SERVER_LOGIN_REFUSED));
            assertThatThrownBy(() -> open(otherLaptop, through)).as("nothing kept in that folder")
                    .isInstanceOfSatisfying(StorageUnavailableException.class,
                            e -> assertThat(e.problem()).isEqualTo(StorageProblem.SERVER_UNREACHABLE));
            int before = venue.dao(ServiceEventDao.class).events(sample).size();
            UUID tap;
            try (AppContext context = open(laptop, through)) {
                assertThat(context.meetings().list()).isEqualTo(meetings);
                assertThat(context.roster().list(sample)).isEqualTo(attendees);
                assertThat(context.venueLogin()).map(login -> login.login()).contains(server.user());
                clock.advance(Duration.ofSeconds(2));
                tap = context.serviceLog().markServed(new SeatVisit(sample, seat, null, "吕佳")).id();
                assertThat(context.queuedRecords()).isEqualTo(1);
                assertThat(context.sendQueuedTaps()).as("nothing leaves while cut").isZero();

                network.restore();
                int sent = 0;
                for (int attempt = 0; attempt < 20 && context.queuedRecords() > 0; attempt++) {
                    sent += context.sendQueuedTaps();
                }
                assertThat(sent).isEqualTo(1);
                assertThat(context.sendQueuedTaps()).as("nothing is sent twice").isZero();
            }
            assertThat(venue.dao(ServiceEventDao.class).events(sample)).extracting(ServiceEvent::id)
                    .containsOnlyOnce(tap).hasSize(before + 1);
        }
    }

    private AppContext open(Path folder, DatabaseServer server) {
        return AppContext.open(folder, clock, server, Duration.ZERO, () -> { }, null);
    }
}
