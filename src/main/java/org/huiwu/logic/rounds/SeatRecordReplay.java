package org.huiwu.logic.rounds;

import java.util.Objects;

import org.huiwu.logic.live.Replay;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.persistence.QueuedSeatRecords;
import org.huiwu.persistence.ServiceEventDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a tea board seat record made during an outage (decision 0049) over the venue server's DAO, in the queue's
 * order, so after the taps, rounds and phase changes made before it. It is stored once (a record whose id is stored
 * was sent before), with its id, seat, attendant, reason, note and times as made; the server's log decides the rest
 * when it is stored, as for a tap: the round is the one open for the seat's zone then, and a late pour is a first
 * pour or a refill as the seat's pours then say. An undone pour is stored only when the pour it takes back on the
 * server's log (the seat's latest at or before it, corrections applied) is the one it took back on this laptop;
 * otherwise — another laptop poured the seat after it, or took it back already — it is not stored (it would take
 * back another pour), logged and counted. Stateless; call off the FX thread.
 */
public final class SeatRecordReplay implements Replay {

    private static final Logger LOG = LoggerFactory.getLogger(SeatRecordReplay.class);

    private final ServiceEventDao events;

    public SeatRecordReplay(ServiceEventDao events) {
        this.events = events;
    }

    @Override
    public boolean replay(String body) {
        QueuedSeatRecords.SeatRecord queued = QueuedSeatRecords.read(body);
        ServiceEvent made = queued.event();
        if (events.exists(made.id())) {
            return false;
        }
        if (made.kind() == ServiceEventKind.POUR_UNDONE) {
            var effective = PourCorrections.effective(events.events(made.meetingId()));
            java.util.UUID takesBack = SeatRecordQueue.latestPour(effective, made);
            if (takesBack == null || queued.undoes() != null && !Objects.equals(takesBack, queued.undoes())) {
                LOG.warn("Queued undo {} at seat {} of meeting {} not stored: the pour it took back is {} on the"
                        + " server's log", made.id(), made.seatKey(), made.meetingId(),
                        takesBack == null ? "taken back already" : "no longer the seat's latest");
                return true;
            }
        }
        events.addAtSeat(made.meetingId(), made.seatKey(), standing -> new ServiceEvent(made.id(), made.meetingId(),
                made.seatKey(), made.attendeeId(), made.attendant(), kind(made.kind(), standing), made.skipReason(),
                made.note(), standing.openRound(), made.occurredAt(), made.recordedAt()));
        return false;
    }

    private static ServiceEventKind kind(ServiceEventKind made, ServiceEventDao.SeatStanding standing) {
        if (!made.isPour()) {
            return made;
        }
        return standing.pouredBefore() ? ServiceEventKind.REFILL : ServiceEventKind.FIRST_POUR;
    }
}
