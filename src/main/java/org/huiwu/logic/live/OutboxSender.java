package org.huiwu.logic.live;

import java.util.function.Consumer;
import java.util.function.Predicate;

import org.huiwu.model.Attendee;
import org.huiwu.model.checklists.ItemMark;
import org.huiwu.model.incidents.IncidentVersion;
import org.huiwu.model.live.QueuedRecord;
import org.huiwu.model.live.QueuedTap;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.IncidentDao;
import org.huiwu.persistence.LocalOutbox;
import org.huiwu.persistence.MeetingChecklistDao;
import org.huiwu.persistence.QueuedDeskRecords;
import org.huiwu.persistence.QueuedRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends this laptop's outbox to the venue server once it answers again (decision 0031, amended; decision 0038): taps,
 * check-ins, incident versions and checklist marks, and the kinds features replay themselves ({@link Replay}: attendee
 * edits, seat-plan steps), one at a time in the order they were made, each removed from the queue only after the
 * server has it. A record the server holds already — its commit arrived, the answer did not — is recognised by its
 * id (a tap's or mark's id; an incident's id, an incident version's time and author) and not stored twice; a
 * check-in sets the same state and time again, which changes nothing. A check-in made from the attendee table or the
 * seat map carries the state the attendant saw and is stored only over it; when another laptop changed that
 * attendee's check-in during the outage the server's state is kept, logged and counted ({@link #takeKeptElsewhere});
 * an incident version whose number another laptop took meanwhile is numbered after the others ({@link IncidentReplay}).
 * A record the server refuses for another reason than being unreachable (a deleted attendee) is logged and dropped
 * so it cannot block the queue; one refused because this laptop's login may not make it (a supervisor's record under
 * an attendant's login, decision 0044) is counted too. Call off the FX thread; one sender at a time (the live poll's thread).
 */
public final class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 200;

    private final LocalOutbox queue;
    private final Consumer<QueuedTap> taps;
    private final AttendeeDao attendees;
    private final MeetingChecklistDao checklists;
    private final IncidentDao incidents;
    private final Predicate<Throwable> unreachable;
    private final java.util.Map<String, Replay> replays;
    /**
     * The incidents and complaints whose kept change was counted in this send: counted once per incident or complaint
     * (decision 0043), however many of its offline versions kept the other laptop's.
     */
    private final java.util.Set<java.util.UUID> keptRecords = new java.util.HashSet<>();
    private final java.util.concurrent.atomic.AtomicInteger keptElsewhere = new java.util.concurrent.atomic.AtomicInteger();
    /** The names of the records kept as another laptop left them, to tell the attendant (decision 0048). */
    private final java.util.List<String> keptNames = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    /**
     * @param taps stores one queued tap unless the server has it (the tea log's own rule)
     * @param unreachable whether a failure means the server cannot be reached (rather than a refused record)
     */
    public OutboxSender(LocalOutbox queue, Consumer<QueuedTap> taps, AttendeeDao attendees,
            MeetingChecklistDao checklists, IncidentDao incidents, Predicate<Throwable> unreachable) {
        this(queue, taps, attendees, checklists, incidents, unreachable, java.util.Map.of());
    }

    /** @param replays how the records of the kinds features own are sent, by kind (decision 0038) */
    public OutboxSender(LocalOutbox queue, Consumer<QueuedTap> taps, AttendeeDao attendees,
            MeetingChecklistDao checklists, IncidentDao incidents, Predicate<Throwable> unreachable,
            java.util.Map<String, Replay> replays) {
        this.replays = java.util.Map.copyOf(replays);
        this.queue = queue;
        this.taps = taps;
        this.attendees = attendees;
        this.checklists = checklists;
        this.incidents = incidents;
        this.unreachable = unreachable;
    }

    /** Sends until the queue is empty or the server drops out again; returns how many records left the queue. */
    public int send() {
        keptRecords.clear();
        int sent = 0;
        while (true) {
            var batch = queue.oldest(BATCH);
            if (batch.isEmpty()) {
                return sent;
            }
            for (QueuedRecord record : batch) {
                try {
                    replay(record);
                } catch (RuntimeException e) {
                    if (unreachable.test(e)) {
                        return sent;
                    }
                    if (org.huiwu.persistence.Database.problemOf(e).orElse(null)
                            == org.huiwu.model.StorageProblem.SERVER_NOT_ALLOWED) {
                        // a supervisor's record sent under an attendant's login: kept out and counted (0044)
                        keptElsewhere.incrementAndGet();
                    }
                    LOG.warn("Queued {} {} refused by the server and dropped from the outbox", record.kind(),
                            record.id(), e);
                }
                queue.remove(record.position());
                sent++;
            }
        }
    }

    /**
     * A queued check-in: one made without a base is stored as made; one made over the state the attendant saw is
     * stored only over that state. When the server holds another state, another laptop changed the check-in during
     * the outage: the server's is kept (nothing is overwritten silently), logged and counted for the status line.
     */
    private void checkIn(QueuedRecords.CheckIn checkIn) {
        if (checkIn.base() == null) {
            attendees.updateCheckIn(checkIn.attendeeId(), checkIn.status().name(), checkIn.at());
            return;
        }
        if (attendees.updateCheckInFrom(checkIn.attendeeId(), checkIn.base().name(), checkIn.status().name(),
                checkIn.at()) > 0) {
            return;
        }
        Attendee stored = attendees.find(checkIn.attendeeId()).orElse(null);
        if (stored == null) {
            LOG.warn("Queued check-in of attendee {} dropped: the attendee was removed meanwhile",
                    checkIn.attendeeId());
        } else if (stored.checkIn() != checkIn.status()) {
            keptElsewhere.incrementAndGet();
            LOG.warn("Queued check-in of attendee {} ({} -> {}) not stored: another laptop set {} meanwhile, which is"
                    + " kept", checkIn.attendeeId(), checkIn.base(), checkIn.status(), stored.checkIn());
        }
    }

    /**
     * How many queued check-ins were not stored since the last call because another laptop had changed the same
     * attendee's check-in meanwhile (the server's state was kept); the count starts again at zero.
     */
    public int takeKeptElsewhere() {
        return keptElsewhere.getAndSet(0);
    }

    /** The names of the records kept as another laptop left them since the last call (decision 0048); then none. */
    public java.util.List<String> takeKeptNames() {
        synchronized (keptNames) {
            java.util.List<String> names = java.util.List.copyOf(keptNames);
            keptNames.clear();
            return names;
        }
    }

    /** How many records wait to be sent. */
    public int waiting() {
        return queue.size();
    }

    private void replay(QueuedRecord record) {
        switch (record.kind()) {
            case QueuedRecord.KIND_TAP -> taps.accept(record.tap());
            case QueuedRecord.KIND_CHECK_IN -> checkIn(QueuedRecords.checkIn(record.body()));
            case QueuedRecord.KIND_MARK -> {
                ItemMark mark = QueuedRecords.mark(record.body());
                if (checklists.marks(mark.meetingId()).stream().noneMatch(m -> m.id().equals(mark.id()))) {
                    checklists.appendMark(mark);
                }
            }
            case QueuedRecord.KIND_INCIDENT_NEW -> {
                IncidentVersion created = QueuedRecords.incident(record.body());
                if (incidents.find(created.incident().id()).isEmpty()) {
                    incidents.create(created);
                }
            }
            case QueuedRecord.KIND_INCIDENT_VERSION -> {
                IncidentVersion version = QueuedRecords.incident(record.body());
                if (IncidentReplay.version(incidents, version, QueuedRecords.seen(record.body()))
                        && keptRecords.add(version.incident().id())) {
                    keptElsewhere.incrementAndGet();
                }
            }
            default -> {
                Replay replay = replays.get(record.kind());
                if (replay == null) {
                    LOG.warn("Outbox record of unknown kind {} dropped", record.kind());
                } else if (replay.replay(record.body()) && countsAnew(record)) {
                    keptElsewhere.incrementAndGet();
                    String name = replay.named(record.body());
                    if (name != null && !name.isBlank()) {
                        keptNames.add(name);
                    }
                }
            }
        }
    }

    /** Whether a change kept over {@code record} counts anew: a complaint's once per send, any other record each time. */
    private boolean countsAnew(QueuedRecord record) {
        return !record.kind().equals(QueuedRecord.KIND_COMPLAINT_VERSION)
                || keptRecords.add(QueuedDeskRecords.complaint(record.body()).complaint().id());
    }
}
