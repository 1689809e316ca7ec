package org.huiwu.persistence;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.model.Attendee;
import org.huiwu.model.checklists.ItemMark;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.live.QueuedRecord;

/**
 * Lays the records still waiting in the {@link LocalOutbox} over a read's answer, so what this laptop recorded
 * during an outage shows before it reaches the server: queued check-ins on the attendees, queued marks in a
 * meeting's marks, queued incident versions in place of (or beside) the stored incidents. Other reads pass
 * unchanged. Stateless; call off the FX thread.
 */
final class Overlay {

    private Overlay() {
    }

    @SuppressWarnings("unchecked")
    static Object apply(Method method, Object[] args, Object answer, LocalOutbox outbox) {
        Class<?> owner = method.getDeclaringClass();
        String name = method.getName();
        boolean attendees = owner == AttendeeDao.class && (name.equals("listByMeeting") || name.equals("find"));
        boolean marks = owner == MeetingChecklistDao.class && name.equals("marks");
        boolean incidents = owner == IncidentDao.class && (name.equals("listByMeeting") || name.equals("find"));
        if (!(attendees || marks || incidents) || outbox.size() == 0) {
            return answer;
        }
        if (attendees) {
            Map<UUID, QueuedRecords.CheckIn> latest = new LinkedHashMap<>();
            outbox.waiting(QueuedRecord.KIND_CHECK_IN).stream().map(r -> QueuedRecords.checkIn(r.body()))
                    .forEach(c -> latest.put(c.attendeeId(), c));
            if (answer instanceof Optional<?> one) {
                return one.map(a -> checkedIn((Attendee) a, latest));
            }
            return ((List<Attendee>) answer).stream().map(a -> checkedIn(a, latest)).toList();
        }
        if (marks) {
            List<ItemMark> all = new ArrayList<>((List<ItemMark>) answer);
            outbox.waiting(QueuedRecord.KIND_MARK).stream().map(r -> QueuedRecords.mark(r.body()))
                    .filter(m -> m.meetingId().equals(args[0]))
                    .filter(m -> all.stream().noneMatch(stored -> stored.id().equals(m.id()))).forEach(all::add);
            return List.copyOf(all);
        }
        Map<UUID, Incident> queued = new LinkedHashMap<>();
        for (String kind : List.of(QueuedRecord.KIND_INCIDENT_NEW, QueuedRecord.KIND_INCIDENT_VERSION)) {
            outbox.waiting(kind).stream().map(r -> QueuedRecords.incident(r.body()).incident())
                    .forEach(i -> queued.merge(i.id(), i, (a, b) -> a.version() >= b.version() ? a : b));
        }
        if (answer instanceof Optional<?> one) {
            return queued.containsKey(args[0]) ? Optional.of(queued.get(args[0])) : one;
        }
        Map<UUID, Incident> shown = new LinkedHashMap<>();
        ((List<Incident>) answer).forEach(i -> shown.put(i.id(), i));
        queued.values().stream().filter(i -> i.meetingId().equals(args[0]))
                .forEach(i -> shown.merge(i.id(), i, (a, b) -> a.version() >= b.version() ? a : b));
        return List.copyOf(shown.values());
    }

    /** Whether {@code method} is finding an incident that waits in the outbox (made during this outage). */
    static boolean queuedIncident(Method method, Object id, LocalOutbox outbox) {
        if (method.getDeclaringClass() != IncidentDao.class || !method.getName().equals("find")) {
            return false;
        }
        return outbox.waiting(QueuedRecord.KIND_INCIDENT_NEW).stream().anyMatch(r -> r.id().equals(id));
    }

    private static Attendee checkedIn(Attendee attendee, Map<UUID, QueuedRecords.CheckIn> latest) {
        QueuedRecords.CheckIn queued = latest.get(attendee.id());
        return queued == null ? attendee : attendee.withCheckIn(queued.status());
    }
}
