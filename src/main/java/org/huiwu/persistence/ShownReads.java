package org.huiwu.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.model.Attendee;
import org.huiwu.model.feedback.Complaint;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.live.QueuedRecord;

/**
 * What this laptop shows for a read it made before — its remembered answer ({@link RememberedReads}) with the
 * waiting records laid over it ({@link Overlay}) — for the writes {@link OfflineDaos} queues with what the attendant
 * saw (decision 0043): a meeting's parts when it is deleted, a copied meeting's attendees, an incident or complaint
 * as it stood before a queued next version. Thread-safe (its parts are).
 */
final class ShownReads implements QueuedWholeMeetings.Shown {

    private final RememberedReads lastAnswers;
    private final LocalOutbox outbox;

    ShownReads(RememberedReads lastAnswers, LocalOutbox outbox) {
        this.lastAnswers = lastAnswers;
        this.outbox = outbox;
    }

    /** What this laptop shows for {@code dao.method(id)}, or null when it never made that read. */
    @Override
    public Object read(Class<?> dao, String method, UUID id) {
        Object answer = lastAnswers.answer(List.of(dao.getName(), method, id));
        if (answer == null) {
            return null;
        }
        try {
            return Overlay.apply(dao.getMethod(method, UUID.class), new Object[] {id}, answer, outbox);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same, a read never made answering {@code none} with this laptop's queued records laid over (0046). */
    @Override
    public Object readOrNone(Class<?> dao, String method, UUID id, Object none) {
        Object answer = lastAnswers.answer(List.of(dao.getName(), method, id));
        try {
            return Overlay.apply(dao.getMethod(method, UUID.class), new Object[] {id}, answer != null ? answer : none,
                    outbox);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body of an incident or complaint version with the record as shown before it (merged against when sent). */
    String withSeen(QueuedWrites.Queued record) {
        if (record.kind().equals(QueuedRecord.KIND_COMPLAINT_VERSION)) {
            UUID id = QueuedDeskRecords.complaint(record.body()).complaint().id();
            return read(ComplaintDao.class, "find", id) instanceof Optional<?> found && found.isPresent()
                    ? QueuedDeskRecords.withSeen(record.body(), (Complaint) found.get()) : record.body();
        }
        if (!record.kind().equals(QueuedRecord.KIND_INCIDENT_VERSION)) {
            return record.body();
        }
        UUID id = QueuedRecords.incident(record.body()).incident().id();
        return read(IncidentDao.class, "find", id) instanceof Optional<?> found && found.isPresent()
                ? QueuedRecords.withSeen(record.body(), (Incident) found.get()) : record.body();
    }

    /** After a copy is queued: its attendees, copied from its source's as shown, remembered as the copy's list. */
    void rememberCopy(QueuedWrites.Queued queued) {
        List<Attendee> copied = QueuedWholeMeetings.copiedAttendees(queued, this);
        if (copied != null) {
            lastAnswers.put(List.of(AttendeeDao.class.getName(), "listByMeeting", queued.id()), copied);
        }
    }
}
