package org.huiwu.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.huiwu.model.live.QueuedRecord;
import org.huiwu.model.live.QueuedTap;
import org.huiwu.model.rounds.ServiceEvent;

/**
 * A meeting's tea log with this laptop's waiting taps laid over it (decision 0046): {@link ServiceEventDao#events}
 * answers, besides the stored records (remembered during an outage), each tap of the meeting still in the
 * {@link LocalOutbox} and not stored yet, as the record it will be sent as (its id, seat, attendant and time; a
 * refill until the server's log decides at sending, as the tap answered when it was queued), in the log's order.
 * So the tea board of a meeting opened again during an outage shows the taps made on it; the board's other seat
 * records waiting are laid over too ({@link QueuedSeatRecords}, decision 0049). Stateless; call off the FX thread.
 */
final class QueuedTaps {

    private QueuedTaps() {
    }

    /** Whether the read is one {@link #apply} changes. */
    static boolean covers(Class<?> owner, String name) {
        return owner == ServiceEventDao.class && name.equals("events");
    }

    /** The meeting's tea log with its waiting taps added. */
    @SuppressWarnings("unchecked")
    static Object apply(Object[] args, Object answer, LocalOutbox outbox) {
        List<QueuedTap> waiting = outbox.waiting(QueuedRecord.KIND_TAP).stream().map(QueuedRecord::tap)
                .filter(t -> t != null && t.meetingId().equals(args[0])).toList();
        // the board's other seat records made during an outage (decision 0049)
        List<ServiceEvent> withRecords = QueuedSeatRecords.laidOver(args[0], (List<ServiceEvent>) answer, outbox);
        if (waiting.isEmpty()) {
            return withRecords;
        }
        List<ServiceEvent> log = new ArrayList<>(withRecords);
        for (QueuedTap tap : waiting) {
            if (log.stream().noneMatch(e -> e.id().equals(tap.id()))) {
                log.add(tap.asShown());
            }
        }
        log.sort(Comparator.comparing(ServiceEvent::occurredAt));
        return List.copyOf(log);
    }
}
