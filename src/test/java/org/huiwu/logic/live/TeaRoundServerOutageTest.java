package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.rounds.RoundProgress;
import org.huiwu.logic.rounds.ServiceLog;
import org.huiwu.model.rounds.MeetingPhase;
import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceRound;
import org.huiwu.model.rounds.ServiceZone;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.DatabaseServer;
import org.huiwu.persistence.ServiceEventDao;
import org.huiwu.persistence.TestStores;
import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0048 on PostgreSQL, in {@link MixedOutageTest}'s style (the network to the shared test server cut by a
 * {@link LoopbackForwarder}, the app's own services): a round opened, two seats tapped in it and a break taken during
 * the cut show on the laptop's board at once; another laptop opens a round of the same zone and takes a break
 * meanwhile. Sent, the other laptop's round stands for this laptop's (no second round), the taps land in it, the
 * break is not doubled, both kept changes are counted, and sending again stores nothing twice. Tagged {@code dao}:
 * needs the PostgreSQL test server.
 */
@Tag("dao")
class TeaRoundServerOutageTest {

    @TempDir
    Path laptop;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void aRoundAndABreakMadeOnBothLaptopsDuringTheCutAreStoredOnce() throws Exception {
        DatabaseServer server = TestStores.freshServer();
        try (LoopbackForwarder network = OutboxOutageTest.forwarderTo(server);
                AppContext context = AppContext.open(laptop, clock, OutboxOutageTest.through(server, network),
                        Duration.ZERO, () -> { }, null);
                Database venue = Database.open(server, Duration.ZERO, () -> { }, null)) {
            UUID meeting = context.sampleMeeting().ensure();
            var board = context.roundBoard();
            ServiceLog log = context.serviceLog();
            ServiceLog other = new ServiceLog(venue.dao(ServiceEventDao.class), board, clock, UUID::randomUUID);
            var before = board.load(meeting, null);
            int rounds = before.history().rounds().size();
            int phases = before.history().phases().size();
            String first = before.seats().get(0).key();
            String second = before.seats().get(1).key();

            network.cut();
            clock.advance(Duration.ofMinutes(1));
            ServiceRound mine = log.startRound(meeting, ServiceZone.EVERYONE, "吕佳");
            clock.advance(Duration.ofSeconds(30));
            ServiceEvent tap = log.markServed(new SeatVisit(meeting, first, null, "吕佳"));
            ServiceEvent tap2 = log.markServed(new SeatVisit(meeting, second, null, "吕佳"));
            clock.advance(Duration.ofMinutes(1));
            log.pause(meeting);
            assertThat(context.queuedRecords()).isEqualTo(4);
            var shown = board.load(meeting, null);
            assertThat(shown.history().rounds()).as("the round shows at once").contains(mine);
            assertThat(RoundProgress.of(mine, shown.history().events()).poured()).contains(first, second);
            ServiceRound theirs = venueRound(venue, meeting);
            other.pause(meeting);

            network.restore();
            int sent = 0;
            for (int attempt = 0; attempt < 20 && context.queuedRecords() > 0; attempt++) {
                sent += context.sendQueuedTaps();
            }
            assertThat(sent).isEqualTo(4);
            ServiceEventDao stored = venue.dao(ServiceEventDao.class);
            assertThat(stored.rounds(meeting)).as("no second round of the zone").hasSize(rounds + 1)
                    .noneMatch(r -> r.attendant().equals("吕佳"));
            assertThat(stored.events(meeting)).filteredOn(e -> e.id().equals(tap.id()) || e.id().equals(tap2.id()))
                    .as("both taps once, in their round").hasSize(2)
                    .allSatisfy(e -> assertThat(e.roundNumber()).isEqualTo(theirs.number()));
            assertThat(stored.phases(meeting)).as("one break, theirs").hasSize(phases + 1).last()
                    .satisfies(p -> assertThat(p.phase()).isEqualTo(MeetingPhase.PAUSE));
            assertThat(context.checkInsKeptElsewhere()).as("the round and the break counted").isEqualTo(2);
            assertThat(context.sendQueuedTaps()).as("nothing is sent twice").isZero();
        }
    }

    /** Another laptop opens a round for everyone, straight on the server. */
    private ServiceRound venueRound(Database venue, UUID meeting) {
        int number = venue.dao(ServiceEventDao.class).openRound(meeting, ServiceZone.EVERYONE, "张敏",
                clock.instant().minusSeconds(60));
        return new ServiceRound(meeting, number, ServiceZone.EVERYONE, "张敏", clock.instant(), null);
    }
}
