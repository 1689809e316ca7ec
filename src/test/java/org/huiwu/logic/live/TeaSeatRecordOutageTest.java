package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.rounds.BoardSnapshot;
import org.huiwu.logic.rounds.PourCorrections;
import org.huiwu.logic.rounds.RoundBoard;
import org.huiwu.logic.rounds.RoundProgress;
import org.huiwu.logic.rounds.ServiceLog;
import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.model.rounds.ServiceRound;
import org.huiwu.model.rounds.ServiceZone;
import org.huiwu.model.rounds.SkipReason;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.ServiceEventDao;
import org.junit.jupiter.api.Test;

/**
 * The tea board's seat records other than a tap during a venue-server outage (decision 0049), on real H2 with a
 * simulated cut ({@link H2Outage}): in a round opened during the cut the attendant taps a seat and undoes that pour,
 * declines, skips, wipes a spill, serves a towel, writes a note and enters a late pour. Each shows on the board at
 * once; sent, each is stored once in the order made, after the round and the tap, the skip in the round as stored,
 * the late pour a first pour as the server's log says. An undo whose pour another laptop followed with its own is
 * not stored (it would take back theirs) and is counted; a round closed here whose opening another laptop's round
 * stood for closes that round. Before 0049 the first seat record failed as unreachable.
 */
class TeaSeatRecordOutageTest extends OutageCase {

    @Test
    void seatRecordsMadeDuringTheCutShowAtOnceAndAreSentOnceInOrder() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = TeaOutageParts.outage(store, laptop, clock)) {
            UUID meeting = context.sampleMeeting().ensure();
            RoundBoard board = TeaOutageParts.board(outage::dao, clock);
            ServiceLog log = TeaOutageParts.laptopLog(outage, board, clock);
            List<String> seats = TeaOutageParts.neverServed(board.load(meeting, null), clock);
            String poured = seats.get(0);
            String declined = seats.get(1);
            String skipped = seats.get(2); // and given a late pour

            outage.cut();
            clock.advance(Duration.ofMinutes(1));
            ServiceRound round = log.startRound(meeting, ServiceZone.EVERYONE, "吕佳");
            clock.advance(Duration.ofSeconds(20));
            ServiceEvent tap = log.markServed(visit(meeting, poured));
            clock.advance(Duration.ofSeconds(20));
            ServiceEvent undo = log.undoPour(visit(meeting, poured));
            ServiceEvent decline = log.decline(visit(meeting, declined));
            ServiceEvent skip = log.skip(visit(meeting, skipped), SkipReason.NOT_THERE);
            ServiceEvent towel = log.towel(visit(meeting, declined));
            ServiceEvent spill = log.spillCleaned(visit(meeting, declined));
            ServiceEvent note = log.note(visit(meeting, declined), "茶杯有裂纹");
            clock.advance(Duration.ofMinutes(10));
            ServiceEvent latePour = log.markServedEarlier(visit(meeting, skipped), 5);
            List<ServiceEvent> made = List.of(undo, decline, skip, towel, spill, note, latePour);

            BoardSnapshot shown = board.load(meeting, null);
            RoundProgress progress = RoundProgress.of(round, shown.history().events());
            assertThat(progress.poured()).as("the undone pour shows undone, the late pour served")
                    .doesNotContain(poured).contains(skipped);
            assertThat(progress.skipped()).as("the skip shows in the round").containsEntry(skipped,
                    SkipReason.NOT_THERE);
            assertThat(board.history(meeting).events()).extracting(ServiceEvent::id)
                    .as("each record shows at once").contains(decline.id(), towel.id(), spill.id(), note.id());
            assertThat(outage.outbox().size()).as("the round, the tap and seven records").isEqualTo(9);

            outage.restore();
            assertThat(outage.send()).isEqualTo(9);
            ServiceEventDao stored = store.dao(ServiceEventDao.class);
            List<ServiceEvent> log2 = stored.events(meeting);
            int number = stored.rounds(meeting).stream().filter(r -> r.attendant().equals("吕佳")).findFirst()
                    .orElseThrow().number();
            for (ServiceEvent record : made) {
                assertThat(log2).filteredOn(e -> e.id().equals(record.id())).as("%s stored once", record.kind())
                        .singleElement().satisfies(e -> assertThat(e.roundNumber()).isEqualTo(number));
            }
            assertThat(log2).filteredOn(e -> e.id().equals(tap.id())).hasSize(1);
            assertThat(PourCorrections.effective(log2)).as("the tap and its undo both stored, in order")
                    .noneMatch(e -> e.id().equals(tap.id()));
            assertThat(log2).filteredOn(e -> e.id().equals(latePour.id())).singleElement()
                    .satisfies(e -> {
                        assertThat(e.kind()).as("the server's log decides").isEqualTo(ServiceEventKind.FIRST_POUR);
                        assertThat(e.occurredAt()).isEqualTo(latePour.occurredAt());
                    });
            assertThat(log2).filteredOn(e -> e.id().equals(note.id())).singleElement()
                    .satisfies(e -> assertThat(e.note()).isEqualTo("茶杯有裂纹"));
            assertThat(outage.keptElsewhere()).isZero();
            assertThat(outage.send()).as("nothing is sent twice").isZero();
            assertThat(stored.events(meeting)).hasSameSizeAs(log2);
        }
    }

    @Test
    void anUndoWhosePourAnotherLaptopFollowedIsNotStoredAndIsCounted() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID meeting = context.sampleMeeting().ensure();
            RoundBoard board = TeaOutageParts.board(outage::dao, clock);
            ServiceLog log = TeaOutageParts.laptopLog(outage, board, clock);
            ServiceLog other = TeaOutageParts.otherLaptop(store, clock);
            String seat = TeaOutageParts.neverServed(board.load(meeting, null), clock).get(0);
            ServiceEvent mine = log.markServed(visit(meeting, seat));
            board.load(meeting, null);

            outage.cut();
            clock.advance(Duration.ofMinutes(1));
            ServiceEvent theirs = other.markServed(new SeatVisit(meeting, seat, null, "张敏"));
            clock.advance(Duration.ofMinutes(1));
            ServiceEvent undo = log.undoPour(visit(meeting, seat));
            assertThat(PourCorrections.effective(board.history(meeting).events())).as("shown undone here")
                    .noneMatch(e -> e.id().equals(mine.id()));

            outage.restore();
            assertThat(outage.send()).isEqualTo(1);
            List<ServiceEvent> stored = store.dao(ServiceEventDao.class).events(meeting);
            assertThat(stored).as("not stored: it would take back their pour").noneMatch(e -> e.id().equals(undo.id()));
            assertThat(PourCorrections.effective(stored)).extracting(ServiceEvent::id).contains(mine.id(), theirs.id());
            assertThat(outage.keptElsewhere()).isEqualTo(1);
        }
    }

    @Test
    void aRoundClosedHereWhoseOpeningWasFoldedClosesTheRoundThatStoodForIt() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = TeaOutageParts.outage(store, laptop, clock)) {
            UUID meeting = context.sampleMeeting().ensure();
            RoundBoard board = TeaOutageParts.board(outage::dao, clock);
            ServiceLog log = TeaOutageParts.laptopLog(outage, board, clock);
            ServiceLog other = TeaOutageParts.otherLaptop(store, clock);
            List<String> seats = TeaOutageParts.neverServed(board.load(meeting, null), clock);

            outage.cut();
            clock.advance(Duration.ofMinutes(1));
            ServiceRound theirs = other.startRound(meeting, ServiceZone.EVERYONE, "张敏");
            clock.advance(Duration.ofMinutes(1));
            ServiceRound mine = log.startRound(meeting, ServiceZone.EVERYONE, "吕佳");
            log.markServed(visit(meeting, seats.get(0)));
            other.markServed(new SeatVisit(meeting, seats.get(1), null, "张敏"));
            clock.advance(Duration.ofMinutes(5));
            List<ServiceEvent> missedHere = log.closeRound(mine);
            assertThat(missedHere).extracting(ServiceEvent::seatKey).as("this laptop never saw their tap")
                    .contains(seats.get(1)).doesNotContain(seats.get(0));

            outage.restore();
            assertThat(outage.send()).isEqualTo(3);
            ServiceEventDao stored = store.dao(ServiceEventDao.class);
            assertThat(stored.rounds(meeting)).as("no second round; theirs closed by this laptop's close")
                    .noneMatch(r -> r.attendant().equals("吕佳"))
                    .filteredOn(r -> r.number() == theirs.number()).singleElement()
                    .satisfies(r -> assertThat(r.closedAt()).isEqualTo(clock.instant()));
            assertThat(stored.events(meeting)).filteredOn(e -> e.kind() == ServiceEventKind.MISSED
                    && e.roundNumber() == theirs.number()).extracting(ServiceEvent::seatKey)
                    .as("a seat either laptop poured is not missed").doesNotContain(seats.get(0), seats.get(1))
                    .hasSize(missedHere.size() - 1);
            assertThat(outage.keptElsewhere()).as("the fold counted once").isEqualTo(1);
            assertThat(outage.send()).isZero();
        }
    }

    private static SeatVisit visit(UUID meeting, String seat) {
        return new SeatVisit(meeting, seat, null, "吕佳");
    }
}
