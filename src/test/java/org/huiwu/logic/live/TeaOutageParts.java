package org.huiwu.logic.live;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.logic.rounds.BoardSnapshot;
import org.huiwu.logic.rounds.RoundBoard;
import org.huiwu.logic.rounds.ServiceLog;
import org.huiwu.logic.rounds.ServicePlans;
import org.huiwu.logic.rounds.TapOutbox;
import org.huiwu.logic.seating.SeatLayout;
import org.huiwu.logic.seating.SeatPlans;
import org.huiwu.model.rounds.SeatService;
import org.huiwu.model.rounds.SeatServiceState;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.OfflineDaos;
import org.huiwu.persistence.SeatPlanDao;
import org.huiwu.persistence.ServiceEventDao;
import org.huiwu.persistence.ServicePlanDao;

/**
 * The tea service's parts for the outage tests on H2 (decision 0049): this laptop's log and board over the cut's
 * offline DAOs, another laptop's log straight on the store, the cut with its taps sent by the tap path, and the sample
 * seats nobody served yet. Stateless; test thread only.
 */
final class TeaOutageParts {

    private TeaOutageParts() {
    }

    /** The occupied seats of the sample never served nor marked, in the board's order. */
    static List<String> neverServed(BoardSnapshot snapshot, Clock clock) {
        Set<String> touched = new HashSet<>();
        snapshot.history().events().forEach(e -> touched.add(e.seatKey()));
        return snapshot.at(clock.instant()).seats().stream()
                .filter(s -> s.attendeeId() != null && s.state() == SeatServiceState.NOT_SERVED)
                .map(SeatService::seatKey).filter(k -> !touched.contains(k)).toList();
    }

    /** The cut over {@code store}, its queued taps stored by the tap path (as the server, once back). */
    static H2Outage outage(Database store, Path laptop, Clock clock) {
        AtomicReference<TapOutbox> server = new AtomicReference<>();
        H2Outage outage = new H2Outage(store, laptop, tap -> server.get().replay(tap));
        server.set(new TapOutbox(outage.outbox(), store.dao(ServiceEventDao.class), board(store::dao, clock),
                OfflineDaos::unreachable));
        return outage;
    }

    /** Another laptop's log, writing to the store directly (as the server holds it). */
    static ServiceLog otherLaptop(Database store, Clock clock) {
        return new ServiceLog(store.dao(ServiceEventDao.class), board(store::dao, clock), clock, UUID::randomUUID);
    }

    /** This laptop's log over the cut's DAOs, queueing as the app's does. */
    static ServiceLog laptopLog(H2Outage outage, RoundBoard board, Clock clock) {
        return new ServiceLog(outage.dao(ServiceEventDao.class), board, clock, UUID::randomUUID).queueingTo(
                new TapOutbox(outage.outbox(), outage.dao(ServiceEventDao.class), board, OfflineDaos::unreachable));
    }

    static RoundBoard board(Function<Class<?>, Object> daos, Clock clock) {
        return new RoundBoard(new SeatPlans((SeatPlanDao) daos.apply(SeatPlanDao.class), new SeatLayout(), clock,
                UUID::randomUUID), new AttendeeRoster((AttendeeDao) daos.apply(AttendeeDao.class), clock),
                new ServicePlans((ServicePlanDao) daos.apply(ServicePlanDao.class), clock),
                (ServiceEventDao) daos.apply(ServiceEventDao.class), clock);
    }
}
