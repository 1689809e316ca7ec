package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.rounds.PourCorrections;
import org.huiwu.logic.rounds.RoundProgress;
import org.huiwu.logic.rounds.ServiceLog;
import org.huiwu.model.rounds.SeatServiceState;
import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.model.rounds.ServiceRound;
import org.huiwu.model.rounds.ServiceZone;
import org.huiwu.model.rounds.SkipReason;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.DatabaseServer;
import org.huiwu.persistence.ServiceEventDao;
import org.huiwu.persistence.TestStores;
import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0049 on PostgreSQL, in {@link TeaRoundServerOutageTest}'s style (the network to the shared test server cut
 * by a {@link LoopbackForwarder}, the app's own services, so the seat records go through the store's held tap
 * connection first): during the cut a round is opened, a seat tapped and the pour undone, another seat declined and a
 * third skipped; each shows on the laptop's board at once. Sent, the round, the tap and its undo and both records are
 * stored once, in order and in the round; sending again stores nothing. Before 0049 the undo failed with an I/O error.
 * Tagged {@code dao}: needs the PostgreSQL test server.
 */
@Tag("dao")
class TeaSeatRecordServerOutageTest {

    @TempDir
    Path laptop;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void seatRecordsMadeDuringTheCutAreStoredOnceInOrder() throws Exception {
        DatabaseServer server = TestStores.freshServer();
        try (LoopbackForwarder network = OutboxOutageTest.forwarderTo(server);
                AppContext context = AppContext.open(laptop, clock, OutboxOutageTest.through(server, network),
                        Duration.ZERO, () -> { }, null);
                Database venue = Database.open(server, Duration.ZERO, () -> { }, null)) {
            UUID meeting = context.sampleMeeting().ensure();
            var board = context.roundBoard();
            ServiceLog log = context.serviceLog();
            var before = board.load(meeting, null);
            List<String> seats = board.now(before).seats().stream()
                    .filter(s -> s.attendeeId() != null && s.state() == SeatServiceState.NOT_SERVED)
                    .map(s -> s.seatKey()).toList();

            network.cut();
            clock.advance(Duration.ofMinutes(1));
            ServiceRound round = log.startRound(meeting, ServiceZone.EVERYONE, "吕佳");
            clock.advance(Duration.ofSeconds(30));
            ServiceEvent tap = log.markServed(visit(meeting, seats.get(0)));
            clock.advance(Duration.ofSeconds(10));
            ServiceEvent undo = log.undoPour(visit(meeting, seats.get(0)));
            ServiceEvent decline = log.decline(visit(meeting, seats.get(1)));
            ServiceEvent skip = log.skip(visit(meeting, seats.get(2)), SkipReason.ON_PHONE);
            assertThat(context.queuedRecords()).isEqualTo(5);
            var shown = board.load(meeting, null);
            RoundProgress progress = RoundProgress.of(round, shown.history().events());
            assertThat(progress.poured()).as("the undone pour shows undone at once").doesNotContain(seats.get(0));
            assertThat(progress.skipped()).containsEntry(seats.get(2), SkipReason.ON_PHONE);
            assertThat(board.now(shown).seat(seats.get(1)).orElseThrow().state()).as("declined at once")
                    .isEqualTo(SeatServiceState.DECLINED);

            network.restore();
            int sent = 0;
            for (int attempt = 0; attempt < 20 && context.queuedRecords() > 0; attempt++) {
                sent += context.sendQueuedTaps();
            }
            assertThat(sent).isEqualTo(5);
            ServiceEventDao stored = venue.dao(ServiceEventDao.class);
            int number = stored.rounds(meeting).stream().filter(r -> r.attendant().equals("吕佳")).findFirst()
                    .orElseThrow().number();
            List<ServiceEvent> events = stored.events(meeting);
            for (ServiceEvent record : List.of(tap, undo, decline, skip)) {
                assertThat(events).filteredOn(e -> e.id().equals(record.id())).as("%s stored once", record.kind())
                        .singleElement().satisfies(e -> assertThat(e.roundNumber()).isEqualTo(number));
            }
            assertThat(events).filteredOn(e -> e.id().equals(undo.id())).singleElement()
                    .satisfies(e -> assertThat(e.kind()).isEqualTo(ServiceEventKind.POUR_UNDONE));
            assertThat(PourCorrections.effective(events)).as("the tap taken back on the server too")
                    .noneMatch(e -> e.id().equals(tap.id()));
            assertThat(context.checkInsKeptElsewhere()).isZero();
            assertThat(context.sendQueuedTaps()).as("nothing is sent twice").isZero();
            assertThat(stored.events(meeting)).hasSameSizeAs(events);
        }
    }

    private static SeatVisit visit(UUID meeting, String seat) {
        return new SeatVisit(meeting, seat, null, "吕佳");
    }
}
