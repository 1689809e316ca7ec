package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.huiwu.AppContext;
import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.logic.rounds.BoardSnapshot;
import org.huiwu.logic.rounds.RoundBoard;
import org.huiwu.logic.rounds.ServiceLog;
import org.huiwu.logic.rounds.ServicePlans;
import org.huiwu.logic.rounds.ServiceProblem;
import org.huiwu.logic.rounds.ServiceRejectedException;
import org.huiwu.logic.rounds.TapOutbox;
import org.huiwu.logic.seating.SeatLayout;
import org.huiwu.logic.seating.SeatPlans;
import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.OfflineDaos;
import org.huiwu.persistence.SeatPlanDao;
import org.huiwu.persistence.ServiceEventDao;
import org.huiwu.persistence.ServicePlanDao;
import org.junit.jupiter.api.Test;

/**
 * The tea board of a meeting opened again during a venue-server outage (decision 0046), on real H2 with a simulated
 * cut ({@link H2Outage}): the attendant opens meeting A's board, switches to B, the network drops, switches back to
 * A (the board holds no snapshot of A any more) and taps a seat. Before 0046 A's board failed with the storage
 * message (its tea log was not a remembered read); now it opens with its tea log and the tap laid over it, the tap
 * arrives once when the server is back, and a meeting whose tea log this laptop never read says it needs the server.
 */
class TeaBoardOutageTest extends OutageCase {

    @Test
    void aBoardOpenedAgainDuringTheCutShowsItsLogAndTheTapArrivesOnce() {
        AtomicReference<TapOutbox> server = new AtomicReference<>();
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop, tap -> server.get().replay(tap))) {
            server.set(new TapOutbox(outage.outbox(), store.dao(ServiceEventDao.class), board(store::dao),
                    OfflineDaos::unreachable));
            UUID a = context.sampleMeeting().ensure();
            MeetingCatalog catalog = new MeetingCatalog(outage.dao(MeetingDao.class), clock, UUID::randomUUID);
            UUID b = catalog.duplicate(a).id();
            UUID neverOpened = catalog.duplicate(a).id();
            RoundBoard board = board(outage::dao);
            BoardSnapshot first = board.load(a, null);
            int logged = first.history().events().size();
            board.load(b, first);

            outage.cut();
            BoardSnapshot again = board.load(a, null);
            assertThat(again.history().events()).as("its tea log, remembered").hasSize(logged);
            String seat = again.seats().get(0).key();
            ServiceLog log = new ServiceLog(outage.dao(ServiceEventDao.class), board, clock, UUID::randomUUID)
                    .queueingTo(new TapOutbox(outage.outbox(), outage.dao(ServiceEventDao.class), board,
                            OfflineDaos::unreachable));
            ServiceEvent tap = log.markServed(new SeatVisit(a, seat, null, "吕佳"));
            assertThat(board.load(a, null).history().events()).as("the laptop's own tap laid over")
                    .extracting(ServiceEvent::id).contains(tap.id()).hasSize(logged + 1);
            assertThatThrownBy(() -> board.load(neverOpened, null)).as("a tea log never read needs the server")
                    .isInstanceOfSatisfying(ServiceRejectedException.class,
                            e -> assertThat(e.problem()).isEqualTo(ServiceProblem.TEA_LOG_NEEDS_SERVER));

            outage.restore();
            assertThat(outage.send()).isEqualTo(1);
            assertThat(store.dao(ServiceEventDao.class).events(a)).extracting(ServiceEvent::id)
                    .containsOnlyOnce(tap.id()).hasSize(logged + 1);
            assertThat(outage.send()).as("nothing is sent twice").isZero();
            assertThat(board.load(a, null).history().events()).hasSize(logged + 1);
        }
    }

    /** The tea board over {@code daos}, its parts as the composition root makes them. */
    private RoundBoard board(Function<Class<?>, Object> daos) {
        return new RoundBoard(new SeatPlans((SeatPlanDao) daos.apply(SeatPlanDao.class), new SeatLayout(), clock,
                UUID::randomUUID), new AttendeeRoster((AttendeeDao) daos.apply(AttendeeDao.class), clock),
                new ServicePlans((ServicePlanDao) daos.apply(ServicePlanDao.class), clock),
                (ServiceEventDao) daos.apply(ServiceEventDao.class), clock);
    }
}
