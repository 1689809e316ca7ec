package org.huiwu.logic.rounds;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.model.rounds.SkipReason;
import org.huiwu.persistence.SeatEventWriter;

/**
 * Makes the event of one action at a seat from what the seat stands at when it is written: a pour is the first or a
 * refill as the seat was poured before, a pour is taken back only when there is one, and every event belongs to the
 * round open then. Each goes through the {@link SeatEventWriter} in one transaction with that reading. Stateless
 * apart from its collaborators; thread-safe; call it off the FX thread.
 */
final class SeatEvents {

    private final SeatEventWriter seats;
    private final Clock clock;
    private final Supplier<UUID> ids;

    SeatEvents(SeatEventWriter seats, Clock clock, Supplier<UUID> ids) {
        this.seats = seats;
        this.clock = clock;
        this.ids = ids;
    }

    /** A pour at {@code occurredAt}: the first one if the seat never had one, else a refill. */
    ServiceEvent pour(SeatVisit visit, Instant occurredAt) {
        return seats.addAtSeat(visit.meetingId(), visit.seatKey(), standing -> event(visit,
                standing.pouredBefore() ? ServiceEventKind.REFILL : ServiceEventKind.FIRST_POUR, null, "",
                standing.openRound(), occurredAt));
    }

    /** @throws ServiceRejectedException when the seat has no pour left to take back */
    ServiceEvent undoPour(SeatVisit visit) {
        Instant now = clock.instant();
        return seats.addAtSeat(visit.meetingId(), visit.seatKey(), standing -> {
            if (!standing.pouredBefore()) {
                throw new ServiceRejectedException(ServiceProblem.NO_POUR_TO_UNDO);
            }
            return event(visit, ServiceEventKind.POUR_UNDONE, null, "", standing.openRound(), now);
        });
    }

    /** An action of {@code kind} now, whatever the seat stands at. */
    ServiceEvent add(SeatVisit visit, ServiceEventKind kind, SkipReason reason, String note) {
        Instant now = clock.instant();
        return seats.addAtSeat(visit.meetingId(), visit.seatKey(),
                standing -> event(visit, kind, reason, note, standing.openRound(), now));
    }

    private ServiceEvent event(SeatVisit visit, ServiceEventKind kind, SkipReason reason, String note, int round,
            Instant occurredAt) {
        return new ServiceEvent(ids.get(), visit.meetingId(), visit.seatKey(), visit.attendeeId(), visit.attendant(),
                kind, reason, note, round, occurredAt, clock.instant());
    }
}
