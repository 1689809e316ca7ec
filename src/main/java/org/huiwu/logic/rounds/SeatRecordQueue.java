package org.huiwu.logic.rounds;

import java.util.Comparator;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.model.rounds.ServiceHistory;
import org.huiwu.model.rounds.ServiceRound;
import org.huiwu.model.rounds.ServiceZone;
import org.huiwu.persistence.LocalOutbox;
import org.huiwu.persistence.QueuedSeatRecords;
import org.huiwu.persistence.SeatEventWriter;
import org.huiwu.persistence.ServiceEventDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tea board's seat records other than a tap (a late pour, an undone pour, a decline and its undo, a skip, a towel,
 * a spill, a note) on a venue server that may drop out (decision 0049): each goes to the server as before while
 * nothing waits; when the server cannot be reached, or records already wait, it is built from the seat's standing as
 * the board shows it — the open round of its zone and whether it was poured, this laptop's waiting taps, rounds and
 * records included — and queued behind them in the laptop's {@link LocalOutbox} ({@link QueuedSeatRecords}), so the
 * same rules hold offline (an undo with no pour shown is refused, nothing queued). An undone pour carries the pour it
 * took back as shown. Sent by {@link SeatRecordReplay}. Thread-safe as its parts; call off the FX thread.
 */
final class SeatRecordQueue implements SeatEventWriter {

    private static final Logger LOG = LoggerFactory.getLogger(SeatRecordQueue.class);

    private final LocalOutbox queue;
    private final SeatEventWriter server;
    private final RoundBoard board;
    private final Predicate<Throwable> unreachable;

    SeatRecordQueue(LocalOutbox queue, SeatEventWriter server, RoundBoard board, Predicate<Throwable> unreachable) {
        this.queue = queue;
        this.server = server;
        this.board = board;
        this.unreachable = unreachable;
    }

    @Override
    public ServiceEvent addAtSeat(UUID meetingId, String seatKey,
            Function<ServiceEventDao.SeatStanding, ServiceEvent> event) {
        if (queue.size() == 0) {
            try {
                return server.addAtSeat(meetingId, seatKey, event);
            } catch (RuntimeException e) {
                if (!unreachable.test(e)) {
                    throw e;
                }
                LOG.info("Venue server unreachable; a seat record of meeting {} is queued on this laptop", meetingId);
            }
        }
        ServiceHistory shown = shown(meetingId);
        ServiceEvent built = event.apply(standing(shown, seatKey));
        UUID undoes = built.kind() == ServiceEventKind.POUR_UNDONE ? latestPour(shown.events(), built) : null;
        QueuedSeatRecords.queue(queue, new QueuedSeatRecords.SeatRecord(built, undoes));
        return built;
    }

    /** The meeting's tea log as the board shows it (remembered, with what waits laid over). */
    private ServiceHistory shown(UUID meetingId) {
        try {
            return board.history(meetingId);
        } catch (RuntimeException e) {
            if (unreachable.test(e)) { // never read on this laptop (decision 0046)
                throw new ServiceRejectedException(ServiceProblem.TEA_LOG_NEEDS_SERVER);
            }
            throw e;
        }
    }

    /** The standing {@link ServiceEventDao#standingOf} reads on the server, read from the log shown. */
    static ServiceEventDao.SeatStanding standing(ServiceHistory log, String seatKey) {
        UUID zone = log.plan().zoneIdOf(seatKey);
        int round = openRound(log, zone);
        if (round == 0 && !ServiceZone.EVERYONE.equals(zone)) {
            round = openRound(log, ServiceZone.EVERYONE);
        }
        boolean poured = log.events().stream().anyMatch(e -> e.seatKey().equals(seatKey) && e.kind().isPour());
        return new ServiceEventDao.SeatStanding(round, poured);
    }

    private static int openRound(ServiceHistory log, UUID zone) {
        return log.rounds().stream().filter(r -> r.isOpen() && r.zoneId().equals(zone))
                .mapToInt(ServiceRound::number).max().orElse(0);
    }

    /**
     * The pour {@code undo} takes back in {@code effective} (a log with its corrections applied,
     * {@link PourCorrections}): the seat's latest pour at or before it; null when none.
     */
    static UUID latestPour(java.util.List<ServiceEvent> effective, ServiceEvent undo) {
        return effective.stream().filter(e -> e.seatKey().equals(undo.seatKey()) && e.kind().isPour()
                && !e.occurredAt().isAfter(undo.occurredAt()))
                .max(Comparator.comparing(ServiceEvent::occurredAt).thenComparing(ServiceEvent::recordedAt))
                .map(ServiceEvent::id).orElse(null);
    }
}
