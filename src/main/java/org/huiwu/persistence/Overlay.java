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
import org.huiwu.model.seating.SeatAssignments;

/**
 * Lays the records still waiting in the {@link LocalOutbox} over a read's answer, so what this laptop recorded
 * during an outage shows before it reaches the server: queued check-ins and attendee edits on the attendees (in the
 * order made), queued marks in a meeting's marks, queued incident versions in place of (or beside) the stored
 * incidents, queued seat-plan steps and layouts on a plan's assignments and layout ({@link QueuedLayouts}), and the service desk's ticks, complaints and survey
 * forms ({@link DeskOverlay}; decision 0038), queued meeting details ({@link QueuedMeetingEdits}), the staff roster's
 * records and assessments ({@link QueuedStaffRecords}, decision 0044), the checklist template's edits and left items
 * ({@link QueuedRegisters}, decision 0045). Other reads pass
 * unchanged. Stateless; call off the FX thread.
 */
final class Overlay {

    private Overlay() {
    }

    @SuppressWarnings("unchecked")
    static Object apply(Method method, Object[] args, Object answer, LocalOutbox outbox) {
        Class<?> owner = method.getDeclaringClass();
        String name = method.getName();
        if (QueuedNewRecords.covers(owner, name) && outbox.size() > 0) {
            answer = QueuedNewRecords.apply(method, args, answer, outbox);
            if (owner == MeetingDao.class) {
                answer = QueuedWholeMeetings.apply(name, args, answer, outbox);
            }
        }
        if (QueuedMeetingEdits.covers(owner, name)) {
            return outbox.size() == 0 ? answer : QueuedMeetingEdits.apply(answer, outbox);
        }
        if (QueuedTeaService.covers(owner, name) && outbox.size() > 0) { // decision 0048
            answer = QueuedTeaService.apply(name, args, answer, outbox);
        }
        if (QueuedTaps.covers(owner, name)) {
            return outbox.size() == 0 ? answer : QueuedTaps.apply(args, answer, outbox);
        }
        if (QueuedSettings.covers(owner, name)) {
            return outbox.size() == 0 ? answer : QueuedSettings.apply(args, answer, outbox);
        }
        if (QueuedStaffRecords.covers(owner, name)) {
            return outbox.size() == 0 ? answer : QueuedStaffRecords.apply(method, args, answer, outbox);
        }
        if (QueuedRegisters.covers(owner, name)) {
            return outbox.size() == 0 ? answer : QueuedRegisters.apply(owner, name, args, answer, outbox);
        }
        if (QueuedAssessmentForms.covers(owner, name)) { // decision 0048
            return outbox.size() == 0 ? answer : QueuedAssessmentForms.apply(name, args, answer, outbox);
        }
        if (QueuedStageTemplates.covers(owner, name)) { // decision 0048
            return outbox.size() == 0 ? answer : QueuedStageTemplates.apply(name, args, answer, outbox);
        }
        if (QueuedStaffing.covers(owner, name)) {
            return outbox.size() == 0 ? answer : QueuedStaffing.apply(args, answer, outbox);
        }
        if (DeskOverlay.covers(owner, name)) {
            return outbox.size() == 0 ? answer : DeskOverlay.apply(owner, name, args, answer, outbox);
        }
        if (QueuedLayouts.covers(owner, name) && outbox.size() > 0) {
            answer = QueuedLayouts.apply(name, args, answer, outbox);
        }
        boolean attendees = owner == AttendeeDao.class && (name.equals("listByMeeting") || name.equals("find"));
        boolean marks = owner == MeetingChecklistDao.class && name.equals("marks");
        boolean incidents = owner == IncidentDao.class && (name.equals("listByMeeting") || name.equals("find"));
        boolean seats = owner == SeatPlanDao.class && name.equals("assignments");
        if (!(attendees || marks || incidents || seats) || outbox.size() == 0) {
            return answer;
        }
        if (seats) {
            SeatAssignments shown = (SeatAssignments) answer;
            for (QueuedRecord step : outbox.waiting(QueuedRecord.KIND_SEAT_STEP, QueuedRecord.KIND_SEAT_LAYOUT)) {
                QueuedEdits.SeatStep queued = step.kind().equals(QueuedRecord.KIND_SEAT_STEP)
                        ? QueuedEdits.seatStep(step.body()) : QueuedLayouts.layout(step.body()).drop();
                if (queued.planId().equals(args[0])) {
                    shown = QueuedEdits.stepped(shown, queued);
                }
            }
            return shown;
        }
        if (attendees) {
            List<QueuedRecord> edits = outbox.waiting(QueuedRecord.KIND_CHECK_IN, QueuedRecord.KIND_ATTENDEE_EDIT);
            if (answer instanceof Optional<?> one) {
                return one.map(a -> edited((Attendee) a, edits));
            }
            return ((List<Attendee>) answer).stream().map(a -> edited(a, edits)).toList();
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

    /**
     * Whether {@code method} reads records made here during this outage that wait in the outbox, so it is answered
     * without the server: those of a meeting or checklist made here ({@link QueuedNewRecords#known}), a complaint, a
     * seat plan laid out here ({@link QueuedLayouts#known}) or an incident.
     */
    static boolean madeHere(Method method, Object[] args, LocalOutbox outbox) {
        if (QueuedNewRecords.known(method, args, outbox) || QueuedStaffRecords.known(method, args, outbox)) {
            return true;
        }
        Object id = args == null || args.length == 0 ? null : args[0];
        if (QueuedStageTemplates.known(method.getDeclaringClass(), method.getName(), args, outbox)
                || QueuedAssessmentForms.known(method.getDeclaringClass(), method.getName(), args, outbox)) {
            return true;
        }
        if (QueuedSettings.known(method.getDeclaringClass(), method.getName(), args, outbox)) {
            return true;
        }
        if (DeskOverlay.queuedComplaint(method.getDeclaringClass(), method.getName(), id, outbox)) {
            return true;
        }
        if (QueuedLayouts.known(method, id, outbox)
                || QueuedRegisters.madeHere(method.getDeclaringClass(), method.getName(), id, outbox)) {
            return true;
        }
        if (method.getDeclaringClass() != IncidentDao.class || !method.getName().equals("find")) {
            return false;
        }
        return outbox.waiting(QueuedRecord.KIND_INCIDENT_NEW).stream().anyMatch(r -> r.id().equals(id));
    }

    /** The attendee with the queued check-ins and edits of it applied in the order made. */
    private static Attendee edited(Attendee attendee, List<QueuedRecord> edits) {
        Attendee shown = attendee;
        for (QueuedRecord record : edits) {
            if (record.kind().equals(QueuedRecord.KIND_CHECK_IN)) {
                QueuedRecords.CheckIn checkIn = QueuedRecords.checkIn(record.body());
                shown = checkIn.attendeeId().equals(shown.id()) ? shown.withCheckIn(checkIn.status()) : shown;
            } else {
                QueuedEdits.AttendeeEdit edit = QueuedEdits.attendeeEdit(record.body());
                shown = edit.mine().id().equals(shown.id()) ? QueuedEdits.edited(shown, edit) : shown;
            }
        }
        return shown;
    }
}
