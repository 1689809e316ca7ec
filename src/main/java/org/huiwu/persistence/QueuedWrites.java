package org.huiwu.persistence;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.huiwu.model.checklists.ItemMark;
import org.huiwu.model.feedback.ComplaintVersion;
import org.huiwu.model.feedback.SurveyForm;
import org.huiwu.model.feedback.SurveyTemplate;
import org.huiwu.model.incidents.Notification;
import org.huiwu.model.incidents.StepTick;
import org.huiwu.model.incidents.IncidentVersion;
import org.huiwu.model.live.QueuedRecord;
import org.huiwu.model.seating.SeatAssignments;

/**
 * Which DAO writes {@link OfflineDaos} may queue, and how each is kept in the {@link LocalOutbox}: a check-in (with
 * or without the state the attendant saw), a checklist mark, a new incident or its next version, an attendee edit
 * over the values seen, a seat-plan step over the seats as read, a procedure step tick, a complaint or its next
 * version, a survey form or its removal, the survey template, a checklist item's texts over the item as seen and a
 * meeting's details over the meeting as seen
 * (decision 0038); a seat plan's layout over the version read, with the occupants it drops (decision 0041); a new
 * meeting, a meeting's first checklist and an item added to it ({@link QueuedNewRecords}, decision 0040). Stateless
 * and thread-safe.
 */
final class QueuedWrites {

    private QueuedWrites() {
    }

    /**
     * A write as the outbox keeps it, and what the DAO call answers when it is queued; {@code then} is a second
     * record the same call queues right behind it (a tick's status change), or null.
     */
    record Queued(String kind, UUID id, UUID meetingId, String body, Instant at, Object answer, Queued then) {

        Queued(String kind, UUID id, UUID meetingId, String body, Instant at, Object answer) {
            this(kind, id, meetingId, body, at, answer, null);
        }
    }

    static Queued queueable(Method method, Object[] args) {
        Class<?> owner = method.getDeclaringClass();
        String name = method.getName();
        if (owner == AttendeeDao.class && name.equals("updateCheckIn")) {
            OffsetDateTime at = (OffsetDateTime) args[2];
            return new Queued(QueuedRecord.KIND_CHECK_IN, UUID.randomUUID(), null,
                    QueuedRecords.checkIn((UUID) args[0], (String) args[1], at),
                    at == null ? Instant.now() : at.toInstant(), 1);
        }
        if (owner == AttendeeDao.class && name.equals("updateCheckInFrom")) {
            OffsetDateTime at = (OffsetDateTime) args[3];
            return new Queued(QueuedRecord.KIND_CHECK_IN, UUID.randomUUID(), null,
                    QueuedRecords.checkIn((UUID) args[0], (String) args[2], at, (String) args[1]),
                    at == null ? Instant.now() : at.toInstant(), 1);
        }
        if (owner == MeetingChecklistDao.class && name.equals("appendMark")) {
            ItemMark mark = (ItemMark) args[0];
            return new Queued(QueuedRecord.KIND_MARK, mark.id(), mark.meetingId(), QueuedRecords.mark(mark),
                    mark.markedAt(), mark);
        }
        if (owner == IncidentDao.class && (name.equals("create") || name.equals("change"))) {
            IncidentVersion version = (IncidentVersion) args[0];
            boolean created = name.equals("create");
            return new Queued(created ? QueuedRecord.KIND_INCIDENT_NEW : QueuedRecord.KIND_INCIDENT_VERSION,
                    created ? version.incident().id() : UUID.randomUUID(), version.incident().meetingId(),
                    QueuedRecords.incident(version), version.changedAt(), null);
        }
        if (owner == AttendeeDao.class && name.equals("saveFrom")) {
            org.huiwu.model.Attendee mine = (org.huiwu.model.Attendee) args[1];
            OffsetDateTime at = (OffsetDateTime) args[2];
            return new Queued(QueuedRecord.KIND_ATTENDEE_EDIT, UUID.randomUUID(), mine.meetingId(),
                    QueuedEdits.attendeeEdit((org.huiwu.model.Attendee) args[0], mine, at),
                    at == null ? Instant.now() : at.toInstant(), 1);
        }
        if (owner == MeetingDao.class && name.equals("saveFrom")) {
            org.huiwu.model.Meeting mine = (org.huiwu.model.Meeting) args[1];
            Instant at = (Instant) args[2];
            return new Queued(QueuedRecord.KIND_MEETING_EDIT, UUID.randomUUID(), mine.id(),
                    QueuedMeetingEdits.edit((org.huiwu.model.Meeting) args[0], mine, at), at, -1);
        }
        if (owner == SeatPlanDao.class && name.equals("saveAssignmentsOver")) {
            return new Queued(QueuedRecord.KIND_SEAT_STEP, UUID.randomUUID(), null,
                    QueuedEdits.seatStep((UUID) args[0], (SeatAssignments) args[1], (SeatAssignments) args[2]),
                    Instant.now(), null);
        }
        if (owner == SeatPlanDao.class && name.equals("saveLayoutFrom")) {
            return QueuedLayouts.queued(args);
        }
        return desk(owner, name, args);
    }

    /**
     * The service desk's writes: a procedure step tick, a contact notified, a complaint or its next version, a
     * checklist item's texts, a survey form or its removal, the survey template.
     */
    private static Queued desk(Class<?> owner, String name, Object[] args) {
        if (owner == ChecklistDao.class && name.equals("tick")) {
            StepTick tick = (StepTick) args[0];
            IncidentVersion change = (IncidentVersion) args[1];
            return new Queued(QueuedRecord.KIND_STEP_TICK, UUID.randomUUID(), null, QueuedDeskRecords.tick(tick),
                    tick.tickedAt(), null, statusChange(change));
        }
        if (owner == ChecklistDao.class && name.equals("notified")) {
            Notification notification = (Notification) args[0];
            return new Queued(QueuedRecord.KIND_NOTIFICATION, notification.id(), null,
                    QueuedDeskRecords.notification(notification), notification.notifiedAt(), null,
                    statusChange((IncidentVersion) args[1]));
        }
        if (owner == ComplaintDao.class && (name.equals("create") || name.equals("change"))) {
            ComplaintVersion version = (ComplaintVersion) args[0];
            boolean created = name.equals("create");
            return new Queued(created ? QueuedRecord.KIND_COMPLAINT_NEW : QueuedRecord.KIND_COMPLAINT_VERSION,
                    created ? version.complaint().id() : UUID.randomUUID(), version.complaint().meetingId(),
                    QueuedDeskRecords.complaint(version), version.changedAt(), null);
        }
        if (owner == MeetingChecklistDao.class && name.equals("saveTextFrom")) {
            org.huiwu.model.checklists.ChecklistItem mine = (org.huiwu.model.checklists.ChecklistItem) args[1];
            return new Queued(QueuedRecord.KIND_CHECKLIST_ITEM_EDIT, UUID.randomUUID(), mine.meetingId(),
                    QueuedDeskRecords.itemEdit((org.huiwu.model.checklists.ChecklistItem) args[0], mine),
                    Instant.now(), 1);
        }
        if (owner == SurveyDao.class && name.equals("deleteForm")) {
            UUID formId = (UUID) args[0];
            return new Queued(QueuedRecord.KIND_SURVEY_FORM_REMOVED, UUID.randomUUID(), null, formId.toString(), Instant.now(),
                    1);
        }
        if (owner == SurveyDao.class && name.equals("saveTemplate")) {
            return new Queued(QueuedRecord.KIND_SURVEY_TEMPLATE, UUID.randomUUID(), null,
                    QueuedDeskRecords.template((SurveyTemplate) args[0]), Instant.now(), null);
        }
        if (owner == SurveyDao.class && name.equals("addForm")) {
            SurveyForm form = (SurveyForm) args[0];
            return new Queued(QueuedRecord.KIND_SURVEY_FORM, form.id(), form.meetingId(),
                    QueuedDeskRecords.form(form, (SurveyTemplate) args[1]), form.enteredAt(), null);
        }
        Queued made = QueuedNewRecords.queueable(owner, name, args);
        made = made != null ? made : QueuedSettings.queueable(owner, name, args);
        made = made != null ? made : QueuedStaffRecords.queueable(owner, name, args);
        made = made != null ? made : QueuedRegisters.queueable(owner, name, args);
        made = made != null ? made : QueuedStageTemplates.queueable(owner, name, args);
        made = made != null ? made : QueuedAssessmentForms.queueable(owner, name, args);
        return made != null ? made : QueuedStaffing.queueable(owner, name, args);
    }

    /** The incident version a tick or a notification made (the incident starts being handled), queued behind it. */
    private static Queued statusChange(IncidentVersion change) {
        return change == null ? null : new Queued(QueuedRecord.KIND_INCIDENT_VERSION, UUID.randomUUID(),
                change.incident().meetingId(), QueuedRecords.incident(change), change.changedAt(), null);
    }
}
