package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.attendees.AttendeeEdit;
import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.live.Change;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.ChangeFeedDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.DatabaseServer;
import org.huiwu.persistence.TestStores;
import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Check-ins made the way the attendee table and the seat map make them ({@code AttendeeRoster.saveOver}, an edit of
 * the row as shown) while the laptop cannot reach the venue server (decision 0031, amended): they show at once, wait
 * in the outbox and reach the server once and in order; one whose attendee another laptop checked in differently
 * meanwhile does not overwrite it (the server's state is kept and counted for the status line). While the server
 * answers the same call stays version-checked. Tagged {@code dao}: needs the PostgreSQL test server.
 */
@Tag("dao")
class OutageCheckInTest {

    @TempDir
    Path laptop;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void checkInsFromTheTableDuringACutShowAtOnceAndArriveOnceInOrder() throws Exception {
        DatabaseServer server = TestStores.freshServer();
        try (LoopbackForwarder network = OutboxOutageTest.forwarderTo(server);
                AppContext context = AppContext.open(laptop, clock, OutboxOutageTest.through(server, network),
                        Duration.ZERO, () -> { }, null);
                Database venue = Database.open(server, Duration.ZERO, () -> { }, null)) {
            UUID meeting = context.sampleMeeting().ensure();
            List<Attendee> shown = context.roster().list(meeting).stream()
                    .filter(a -> a.checkIn() == CheckInStatus.EXPECTED).toList();
            Attendee first = shown.get(0);
            Attendee second = shown.get(1);
            AttendeeDao stored = venue.dao(AttendeeDao.class);
            long feedEnd = venue.dao(ChangeFeedDao.class).last();

            network.cut();
            AttendeeEdit arrived = context.roster().saveOver(first, first.withCheckIn(CheckInStatus.ARRIVED));
            clock.advance(Duration.ofSeconds(2));
            AttendeeEdit late = context.roster().saveOver(second, second.withCheckIn(CheckInStatus.LATE));

            assertThat(arrived.saved()).as("the attendant gets no storage error").isTrue();
            assertThat(late.saved()).isTrue();
            assertThat(context.queuedRecords()).isEqualTo(2);
            assertThat(context.roster().list(meeting)).as("shown at once")
                    .filteredOn(a -> a.id().equals(first.id()) || a.id().equals(second.id()))
                    .extracting(Attendee::checkIn).containsExactly(CheckInStatus.ARRIVED, CheckInStatus.LATE);

            network.restore();
            int sent = 0;
            for (int attempt = 0; attempt < 20 && context.queuedRecords() > 0; attempt++) {
                sent += context.sendQueuedTaps();
            }
            assertThat(sent).isEqualTo(2);
            assertThat(venue.dao(ChangeFeedDao.class).since(feedEnd, 100)).as("once each, in the order made")
                    .extracting(Change::recordId).containsExactly(first.id(), second.id());
            assertThat(stored.find(first.id()).orElseThrow().checkIn()).isEqualTo(CheckInStatus.ARRIVED);
            assertThat(stored.find(second.id()).orElseThrow().checkIn()).isEqualTo(CheckInStatus.LATE);
            assertThat(context.sendQueuedTaps()).as("nothing is sent twice").isZero();
            assertThat(context.checkInsKeptElsewhere()).isZero();

            Attendee now = context.roster().list(meeting).stream().filter(a -> a.id().equals(second.id()))
                    .findFirst().orElseThrow();
            stored.updateCheckIn(now.id(), CheckInStatus.ABSENT.name(), clock.instant().atOffset(ZoneOffset.UTC));
            AttendeeEdit stale = context.roster().saveOver(now, now.withCheckIn(CheckInStatus.ARRIVED));
            assertThat(stale.saved()).as("with the server answering, the edit is checked: a clash is asked about")
                    .isFalse();
            assertThat(stale.conflict().clashes()).isNotEmpty();
            assertThat(context.queuedRecords()).isZero();
        }
    }

    @Test
    void aCheckInAnotherLaptopChangedDuringTheCutIsKeptAndReported() throws Exception {
        DatabaseServer server = TestStores.freshServer();
        try (LoopbackForwarder network = OutboxOutageTest.forwarderTo(server);
                AppContext context = AppContext.open(laptop, clock, OutboxOutageTest.through(server, network),
                        Duration.ZERO, () -> { }, null);
                Database venue = Database.open(server, Duration.ZERO, () -> { }, null)) {
            UUID meeting = context.sampleMeeting().ensure();
            List<Attendee> shown = context.roster().list(meeting).stream()
                    .filter(a -> a.checkIn() == CheckInStatus.EXPECTED).toList();
            Attendee clashed = shown.get(0);
            Attendee agreed = shown.get(1);
            Attendee untouched = shown.get(2);
            AttendeeDao stored = venue.dao(AttendeeDao.class);

            network.cut();
            context.roster().saveOver(clashed, clashed.withCheckIn(CheckInStatus.ARRIVED));
            context.roster().saveOver(agreed, agreed.withCheckIn(CheckInStatus.ARRIVED));
            context.roster().saveOver(untouched, untouched.withCheckIn(CheckInStatus.LATE));
            stored.updateCheckIn(clashed.id(), CheckInStatus.ABSENT.name(), clock.instant().atOffset(ZoneOffset.UTC));
            stored.updateCheckIn(agreed.id(), CheckInStatus.ARRIVED.name(), clock.instant().atOffset(ZoneOffset.UTC));

            network.restore();
            for (int attempt = 0; attempt < 20 && context.queuedRecords() > 0; attempt++) {
                context.sendQueuedTaps();
            }
            assertThat(context.queuedRecords()).as("a refused check-in does not block the queue").isZero();
            assertThat(stored.find(clashed.id()).orElseThrow().checkIn()).as("the other laptop's is kept")
                    .isEqualTo(CheckInStatus.ABSENT);
            assertThat(stored.find(agreed.id()).orElseThrow().checkIn()).isEqualTo(CheckInStatus.ARRIVED);
            assertThat(stored.find(untouched.id()).orElseThrow().checkIn()).isEqualTo(CheckInStatus.LATE);
            assertThat(context.checkInsKeptElsewhere()).as("told once: only the real clash").isEqualTo(1);
            assertThat(context.checkInsKeptElsewhere()).isZero();
            assertThat(context.roster().list(meeting)).as("the laptop now shows what is stored")
                    .filteredOn(a -> a.id().equals(clashed.id())).extracting(Attendee::checkIn)
                    .containsExactly(CheckInStatus.ABSENT);
        }
    }
}
