package org.huiwu.logic.rounds;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Predicate;

import org.huiwu.model.live.QueuedTap;
import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.persistence.LocalOutbox;
import org.huiwu.persistence.SeatEventWriter;
import org.huiwu.persistence.ServiceEventDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tea taps on a venue server that may drop out (decision 0031): a tap goes straight to the server while nothing
 * waits; when the server cannot be reached, or older taps still wait, it is queued in this laptop's
 * {@link LocalOutbox} with its id and its time, and {@link #send()} sends the queue in order once the server answers
 * again. Each tap is sent as the same record (same id, same time, first pour or refill decided by the server's log
 * at sending), and one found on the server already (its commit reached the server but the answer did not) is not
 * sent again, so nothing is lost and nothing doubled. Thread-safe as its parts; call off the FX thread.
 */
public final class TapOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(TapOutbox.class);
    private static final int BATCH = 200;

    private final LocalOutbox queue;
    private final ServiceEventDao events;
    private final SeatEventWriter seats;
    private final RoundBoard board;
    private final Predicate<Throwable> unreachable;

    /** @param unreachable whether a failure means the server cannot be reached (rather than a refused record) */
    public TapOutbox(LocalOutbox queue, ServiceEventDao events, RoundBoard board, Predicate<Throwable> unreachable) {
        this(queue, events, events::addAtSeat, board, unreachable);
    }

    /** The same, storing taps through {@code seats} (the store's held tap connection). */
    public TapOutbox(LocalOutbox queue, ServiceEventDao events, SeatEventWriter seats, RoundBoard board,
            Predicate<Throwable> unreachable) {
        this.queue = queue;
        this.events = events;
        this.seats = seats;
        this.board = board;
        this.unreachable = unreachable;
    }

    /** Stores the tap on the server, or queues it; returns the record as stored, or as it will be sent. */
    ServiceEvent tap(SeatVisit visit, Instant at, UUID id) {
        if (queue.size() == 0) {
            try {
                return store(id, visit, at);
            } catch (RuntimeException e) {
                if (!unreachable.test(e)) {
                    throw e;
                }
                LOG.info("Venue server unreachable; tap {} queued on this laptop", id);
            }
        }
        QueuedTap queued = new QueuedTap(0, id, visit.meetingId(), visit.seatKey(), visit.attendeeId(),
                visit.attendant(), at);
        queue.add(queued);
        return queued.asShown();
    }

    /**
     * Sends the waiting records in the order they were made, until the queue is empty or the server drops out
     * again; returns how many left the queue. Only taps are sent here; the laptop's whole outbox (taps and the other
     * records) is sent by {@code logic/live/OutboxSender}, which calls {@link #replay} for each tap.
     */
    public int send() {
        int sent = 0;
        while (true) {
            var batch = queue.oldest(BATCH).stream().filter(r -> r.tap() != null).toList();
            if (batch.isEmpty()) {
                return sent;
            }
            for (var record : batch) {
                try {
                    replay(record.tap());
                } catch (RuntimeException e) {
                    if (unreachable.test(e)) {
                        return sent;
                    }
                    LOG.warn("Queued tap {} refused by the server and dropped from the outbox", record.id(), e);
                }
                queue.remove(record.position());
                sent++;
            }
        }
    }

    /** Stores a queued tap on the server unless it is there already (its commit arrived, the answer did not). */
    public void replay(QueuedTap tap) {
        if (!events.exists(tap.id())) {
            store(tap.id(), new SeatVisit(tap.meetingId(), tap.seatKey(), tap.attendeeId(), tap.attendant()),
                    tap.occurredAt());
        }
    }

    /**
     * {@code seats} with the board's other seat records queued behind what waits while the server cannot be reached,
     * shown at once and sent by {@link SeatRecordReplay} (decision 0049).
     */
    public SeatEventWriter queueing(SeatEventWriter seats) {
        return new SeatRecordQueue(queue, seats, board, unreachable);
    }

    /** How many taps wait to be sent. */
    public int waiting() {
        return queue.size();
    }

    private ServiceEvent store(UUID id, SeatVisit visit, Instant at) {
        return new ServiceLog(events, seats, board, Clock.fixed(at, ZoneOffset.UTC), () -> id).markServed(visit);
    }
}
