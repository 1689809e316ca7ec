package org.huiwu;

import java.time.Clock;
import java.util.UUID;

import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.logic.rounds.RoundBoard;
import org.huiwu.logic.rounds.RoundLabels;
import org.huiwu.logic.rounds.RouteOrder;
import org.huiwu.logic.rounds.ServiceLog;
import org.huiwu.logic.rounds.ServicePlans;
import org.huiwu.logic.seating.SeatPlans;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.ServiceEventDao;
import org.huiwu.persistence.ServicePlanDao;

/**
 * The tea-service part of the composition root: service plans, the round board, the service log and the
 * route and label helpers, wired to one database. Built once by {@link AppContext}; immutable; the parts
 * are thread-safe and called off the FX thread.
 */
record TeaServiceParts(ServicePlans plans, RoundBoard board, ServiceLog log, RouteOrder routeOrder,
        RoundLabels labels) {

    /**
     * The parts; with {@code offline} (a venue server) the service plans' reads answer during an outage and a meeting
     * made on this laptop has an empty tea history until it is sent (decision 0040).
     */
    static TeaServiceParts create(Database database, org.huiwu.persistence.OfflineDaos offline, SeatPlans seatPlans,
            AttendeeRoster roster, Clock clock) {
        ServicePlans plans = new ServicePlans(org.huiwu.persistence.OfflineDaos.dao(offline, database,
                ServicePlanDao.class), clock);
        // the board's reads of the tea log answer during an outage with this laptop's taps laid over (0046)
        RoundBoard board = new RoundBoard(seatPlans, roster, plans,
                org.huiwu.persistence.OfflineDaos.dao(offline, database, ServiceEventDao.class), clock,
                meetingId -> offline != null && offline.madeHere(meetingId));
        // phase changes and rounds queue during an outage (0048); taps keep their own path (0031)
        return new TeaServiceParts(plans, board, new ServiceLog(org.huiwu.persistence.OfflineDaos.dao(offline, database,
                ServiceEventDao.class), database.seatEvents(), board, clock, UUID::randomUUID),
                new RouteOrder(), new RoundLabels());
    }

    /**
     * The same parts with taps queued in the laptop's outbox while the venue server cannot be reached (decision
     * 0031); for a store on a server only.
     */
    TeaServiceParts queueingTo(org.huiwu.persistence.LocalOutbox outbox, Database database) {
        org.huiwu.logic.rounds.TapOutbox taps = new org.huiwu.logic.rounds.TapOutbox(outbox,
                database.dao(ServiceEventDao.class), database.seatEvents(), board, failure -> Database.problemOf(failure)
                        .orElse(null) == org.huiwu.model.StorageProblem.SERVER_UNREACHABLE);
        return new TeaServiceParts(plans, board, log.queueingTo(taps), routeOrder, labels);
    }
}
