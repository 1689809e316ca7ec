package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.huiwu.AppContext;
import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.logic.rounds.BoardSnapshot;
import org.huiwu.logic.rounds.RoundBoard;
import org.huiwu.logic.rounds.ServiceLog;
import org.huiwu.logic.rounds.ServicePlans;
import org.huiwu.logic.rounds.TapOutbox;
import org.huiwu.logic.seating.SeatLayout;
import org.huiwu.logic.seating.SeatPlans;
import org.huiwu.model.rounds.MeetingPhase;
import org.huiwu.model.rounds.MeetingPhaseEvent;
import org.huiwu.model.rounds.MeetingState;
import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceRound;
import org.huiwu.model.rounds.ServiceZone;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.OfflineDaos;
import org.huiwu.persistence.SeatPlanDao;
import org.huiwu.persistence.ServiceEventDao;
import org.huiwu.persistence.ServicePlanDao;
import org.junit.jupiter.api.Test;

/**
 * The tea board's rounds and phase changes during a venue-server outage (decision 0048), on real H2 with a simulated
 * cut ({@link H2Outage}): the attendant opens a round and taps a seat in it, closes it, and
 * pauses and resumes the meeting while the network is down. Each shows on the board at once, and when the server is back the
 * phase changes and the round are sent once, in order, before the tap, which lands in the round. Another laptop
 * that opened a round of the same zone or paused the meeting meanwhile is kept: no second round, nothing lost, each
 * counted. Before 0048 the first phase change failed as unreachable.
 */
class TeaRoundOutageTest extends OutageCase {

    @Test
    void aRoundOpenedDuringTheCutShowsAtOnceAndIsSentBeforeItsTap() {
        AtomicReference<TapOutbox> server = new AtomicReference<>();
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop, tap -> server.get().replay(tap))) {
            server.set(new TapOutbox(outage.outbox(), store.dao(ServiceEventDao.class), board(store::dao),
                    OfflineDaos::unreachable));
            UUID meeting = context.sampleMeeting().ensure();
            RoundBoard board = board(outage::dao);
            ServiceLog log = laptopLog(outage, board);
            BoardSnapshot before = board.load(meeting, null);
            int rounds = before.history().rounds().size();
            String seat = before.seats().get(0).key();

            int phases = before.history().phases().size();

            outage.cut();
            clock.advance(Duration.ofMinutes(1));
            ServiceRound round = log.startRound(meeting, ServiceZone.EVERYONE, "吕佳");
            clock.advance(Duration.ofMinutes(1));
            ServiceEvent tap = log.markServed(new SeatVisit(meeting, seat, null, "吕佳"));
            clock.advance(Duration.ofMinutes(1));
            log.pause(meeting);
            clock.advance(Duration.ofMinutes(1));
            log.resume(meeting);
            clock.advance(Duration.ofMinutes(1));
            log.pause(meeting);

            BoardSnapshot shown = board.load(meeting, null);
            assertThat(round.number()).isEqualTo(rounds + 1);
            assertThat(shown.history().rounds()).as("the round shows at once").contains(round);
            assertThat(board.now(shown).meeting()).as("the break shows at once").isEqualTo(MeetingState.PAUSED);
            assertThat(org.huiwu.logic.rounds.RoundProgress.of(round, shown.history().events()).poured())
                    .as("the tap shows in the round").contains(seat);
            assertThat(outage.outbox().size()).isEqualTo(5);

            outage.restore();
            assertThat(outage.send()).isEqualTo(5);
            ServiceEventDao stored = store.dao(ServiceEventDao.class);
            assertThat(stored.rounds(meeting)).hasSize(rounds + 1).last()
                    .satisfies(r -> assertThat(r.startedAt()).isEqualTo(round.startedAt()));
            assertThat(stored.events(meeting)).filteredOn(e -> e.id().equals(tap.id())).singleElement()
                    .satisfies(e -> assertThat(e.roundNumber()).as("the round was sent before its tap")
                            .isEqualTo(round.number()));
            assertThat(stored.phases(meeting)).hasSize(phases + 3).extracting(MeetingPhaseEvent::phase)
                    .endsWith(MeetingPhase.PAUSE, MeetingPhase.RESUME, MeetingPhase.PAUSE);
            assertThat(outage.keptElsewhere()).isZero();
            assertThat(outage.send()).as("nothing is sent twice").isZero();
            assertThat(stored.rounds(meeting)).hasSize(rounds + 1);
        }
    }

    @Test
    void anotherLaptopsRoundAndBreakAreKeptAndCounted() {
        AtomicReference<TapOutbox> server = new AtomicReference<>();
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop, tap -> server.get().replay(tap))) {
            server.set(new TapOutbox(outage.outbox(), store.dao(ServiceEventDao.class), board(store::dao),
                    OfflineDaos::unreachable));
            UUID meeting = context.sampleMeeting().ensure();
            RoundBoard board = board(outage::dao);
            ServiceLog log = laptopLog(outage, board);
            ServiceLog other = new ServiceLog(store.dao(ServiceEventDao.class), board(store::dao), clock,
                    UUID::randomUUID);
            BoardSnapshot before = board.load(meeting, null);
            int rounds = before.history().rounds().size();
            String seat = before.seats().get(0).key();
            int phases = before.history().phases().size();
            UUID podium = UUID.randomUUID();

            outage.cut();
            clock.advance(Duration.ofMinutes(1));
            ServiceRound theirs = other.startRound(meeting, ServiceZone.EVERYONE, "张敏");
            store.dao(ServiceEventDao.class).openRound(meeting, podium, "王芳", clock.instant());
            clock.advance(Duration.ofMinutes(1));
            other.pause(meeting);
            clock.advance(Duration.ofMinutes(1));
            ServiceRound mine = log.startRound(meeting, ServiceZone.EVERYONE, "吕佳");
            ServiceEvent tap = log.markServed(new SeatVisit(meeting, seat, null, "吕佳"));
            log.pause(meeting);
            assertThat(mine.number()).as("shown after the rounds this laptop read").isEqualTo(rounds + 1);

            outage.restore();
            assertThat(outage.send()).isEqualTo(3);
            ServiceEventDao stored = store.dao(ServiceEventDao.class);
            assertThat(stored.rounds(meeting)).as("no second round of the zone").hasSize(rounds + 2)
                    .noneMatch(r -> r.attendant().equals("吕佳"));
            assertThat(stored.events(meeting)).filteredOn(e -> e.id().equals(tap.id())).singleElement()
                    .satisfies(e -> assertThat(e.roundNumber()).as("the tap lands in their open round")
                            .isEqualTo(theirs.number()));
            assertThat(stored.phases(meeting)).as("one break, theirs").hasSize(phases + 1).last()
                    .satisfies(p -> assertThat(p.phase()).isEqualTo(MeetingPhase.PAUSE));
            assertThat(outage.keptElsewhere()).isEqualTo(2);
        }
    }

    @Test
    void aRoundWhoseNumberWasTakenIsStoredAfterTheOthersAndClosedThere() {
        AtomicReference<TapOutbox> server = new AtomicReference<>();
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop, tap -> server.get().replay(tap))) {
            server.set(new TapOutbox(outage.outbox(), store.dao(ServiceEventDao.class), board(store::dao),
                    OfflineDaos::unreachable));
            UUID meeting = context.sampleMeeting().ensure();
            RoundBoard board = board(outage::dao);
            ServiceLog log = laptopLog(outage, board);
            int rounds = board.load(meeting, null).history().rounds().size();

            outage.cut();
            int taken = store.dao(ServiceEventDao.class).openRound(meeting, UUID.randomUUID(), "王芳", clock.instant());
            clock.advance(Duration.ofMinutes(1));
            ServiceRound mine = log.startRound(meeting, ServiceZone.EVERYONE, "吕佳");
            clock.advance(Duration.ofMinutes(5));
            log.closeRound(mine);
            assertThat(board.load(meeting, null).history().rounds()).as("closed at once")
                    .anyMatch(r -> r.number() == mine.number() && !r.isOpen());
            assertThat(mine.number()).isEqualTo(taken);

            outage.restore();
            assertThat(outage.send()).isEqualTo(2);
            assertThat(store.dao(ServiceEventDao.class).rounds(meeting)).hasSize(rounds + 2).last()
                    .satisfies(r -> {
                        assertThat(r.number()).as("numbered after theirs").isEqualTo(taken + 1);
                        assertThat(r.attendant()).isEqualTo("吕佳");
                        assertThat(r.isOpen()).as("closed at its stored number").isFalse();
                    });
            assertThat(outage.keptElsewhere()).isZero();
            assertThat(outage.send()).isZero();
        }
    }

    private ServiceLog laptopLog(H2Outage outage, RoundBoard board) {
        return new ServiceLog(outage.dao(ServiceEventDao.class), board, clock, UUID::randomUUID).queueingTo(
                new TapOutbox(outage.outbox(), outage.dao(ServiceEventDao.class), board, OfflineDaos::unreachable));
    }

    private RoundBoard board(Function<Class<?>, Object> daos) {
        return new RoundBoard(new SeatPlans((SeatPlanDao) daos.apply(SeatPlanDao.class), new SeatLayout(), clock,
                UUID::randomUUID), new AttendeeRoster((AttendeeDao) daos.apply(AttendeeDao.class), clock),
                new ServicePlans((ServicePlanDao) daos.apply(ServicePlanDao.class), clock),
                (ServiceEventDao) daos.apply(ServiceEventDao.class), clock);
    }
}
