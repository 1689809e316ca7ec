package org.huiwu.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.live.QueuedRecord;
import org.huiwu.model.rounds.ServiceEvent;

/**
 * The tea board's seat records other than a tap made during an outage (decision 0049), as the outbox keeps them
 * (kind {@code TEA_SEAT}): a late pour, an undone pour, a decline and its undo, a skip with its reason, a towel, a
 * spill, a note — each the {@link ServiceEvent} as the board showed it when made (its id, seat, attendant, kind,
 * reason, note and times; the round and, for a pour, first pour or refill as the shown log had them), and for an
 * undone pour the id of the pour it took back as shown. The server's log decides the round and the kind again when
 * it is sent. {@link ServiceEventDao#events} answers the waiting ones laid over the log (through {@link QueuedTaps}),
 * so the board shows them at once. Stateless; call off the FX thread.
 */
public final class QueuedSeatRecords {

    /** A seat record as queued; {@code undoes} is the pour an undone pour took back as shown, else null. */
    public record SeatRecord(ServiceEvent event, UUID undoes) {
    }

    private QueuedSeatRecords() {
    }

    /** Queues {@code record} behind what waits. */
    public static void queue(LocalOutbox outbox, SeatRecord record) {
        ServiceEvent event = record.event();
        outbox.add(QueuedRecord.KIND_TEA_SEAT, event.id(), event.meetingId(), RecordJson.write(record),
                event.recordedAt());
    }

    public static SeatRecord read(String body) {
        return RecordJson.read(body, SeatRecord.class);
    }

    /** The meeting's tea log {@code log} with the waiting seat records of {@code meetingId} not stored yet added. */
    static List<ServiceEvent> laidOver(Object meetingId, List<ServiceEvent> log, LocalOutbox outbox) {
        List<ServiceEvent> waiting = outbox.waiting(QueuedRecord.KIND_TEA_SEAT).stream()
                .filter(r -> meetingId.equals(r.meetingId())).map(r -> read(r.body()).event())
                .filter(e -> log.stream().noneMatch(stored -> stored.id().equals(e.id()))).toList();
        if (waiting.isEmpty()) {
            return log;
        }
        List<ServiceEvent> shown = new ArrayList<>(log);
        shown.addAll(waiting);
        shown.sort(Comparator.comparing(ServiceEvent::occurredAt));
        return List.copyOf(shown);
    }
}
