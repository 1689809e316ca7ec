package org.huiwu.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.model.checklists.ChecklistItem;
import org.huiwu.model.feedback.Complaint;
import org.huiwu.model.feedback.ComplaintVersion;
import org.huiwu.model.feedback.SurveyForm;
import org.huiwu.model.incidents.Notification;
import org.huiwu.model.incidents.StepTick;
import org.huiwu.model.live.QueuedRecord;

/**
 * The service desk's part of the {@link Overlay} (decision 0038): queued procedure step ticks and contacts notified
 * in an incident's ticks and notifications, queued complaint versions over the stored complaints and in a complaint's history, queued survey forms in (and queued removals out of) a
 * meeting's forms, the survey template as last saved (and the template copy a queued first form carries). Stateless; call off the FX thread.
 */
final class DeskOverlay {

    private DeskOverlay() {
    }

    /** Whether the read is one this overlay changes. */
    static boolean covers(Class<?> owner, String name) {
        return owner == ChecklistDao.class && (name.equals("ticks") || name.equals("notifications"))
                || owner == ComplaintDao.class && List.of("find", "ofMeeting", "history").contains(name)
                || owner == SurveyDao.class && List.of("forms", "meetingTemplate", "template").contains(name)
                || owner == MeetingChecklistDao.class && (name.equals("items") || name.equals("item"));
    }

    @SuppressWarnings("unchecked")
    static Object apply(Class<?> owner, String name, Object[] args, Object answer, LocalOutbox outbox) {
        if (owner == MeetingChecklistDao.class) {
            List<QueuedDeskRecords.ItemEdit> edits = outbox.waiting(QueuedRecord.KIND_CHECKLIST_ITEM_EDIT).stream()
                    .map(r -> QueuedDeskRecords.itemEdit(r.body())).toList();
            if (answer instanceof Optional<?> one) {
                return one.map(i -> edited((ChecklistItem) i, edits));
            }
            return ((List<ChecklistItem>) answer).stream().map(i -> edited(i, edits)).toList();
        }
        if (owner == ChecklistDao.class && name.equals("notifications")) {
            List<Notification> notified = new ArrayList<>((List<Notification>) answer);
            outbox.waiting(QueuedRecord.KIND_NOTIFICATION).stream()
                    .map(r -> QueuedDeskRecords.notification(r.body())).filter(n -> n.incidentId().equals(args[0]))
                    .filter(n -> notified.stream().noneMatch(s -> s.id().equals(n.id()))).forEach(notified::add);
            return List.copyOf(notified);
        }
        if (owner == ChecklistDao.class) {
            List<StepTick> ticks = new ArrayList<>((List<StepTick>) answer);
            outbox.waiting(QueuedRecord.KIND_STEP_TICK).stream().map(r -> QueuedDeskRecords.tick(r.body()))
                    .filter(t -> t.incidentId().equals(args[0]))
                    .filter(t -> ticks.stream().noneMatch(s -> s.stepNumber() == t.stepNumber())).forEach(ticks::add);
            ticks.sort(Comparator.comparingInt(StepTick::stepNumber));
            return List.copyOf(ticks);
        }
        if (owner == SurveyDao.class && name.equals("template")) {
            List<QueuedRecord> saved = outbox.waiting(QueuedRecord.KIND_SURVEY_TEMPLATE);
            return saved.isEmpty() ? answer : QueuedDeskRecords.template(saved.get(saved.size() - 1).body());
        }
        if (owner == SurveyDao.class) {
            List<QueuedDeskRecords.QueuedForm> queued = outbox.waiting(QueuedRecord.KIND_SURVEY_FORM).stream()
                    .map(r -> QueuedDeskRecords.form(r.body())).filter(f -> f.form().meetingId().equals(args[0]))
                    .toList();
            if (name.equals("meetingTemplate")) {
                Optional<?> stored = (Optional<?>) answer;
                return stored.isPresent() ? stored : queued.stream().filter(f -> f.copy() != null)
                        .map(QueuedDeskRecords.QueuedForm::copy).findFirst();
            }
            List<SurveyForm> forms = new ArrayList<>((List<SurveyForm>) answer);
            queued.stream().map(QueuedDeskRecords.QueuedForm::form)
                    .filter(f -> forms.stream().noneMatch(s -> s.id().equals(f.id()))).forEach(forms::add);
            java.util.Set<UUID> removed = new java.util.HashSet<>();
            outbox.waiting(QueuedRecord.KIND_SURVEY_FORM_REMOVED).forEach(r -> removed.add(UUID.fromString(r.body())));
            forms.removeIf(f -> removed.contains(f.id()));
            return List.copyOf(forms);
        }
        List<ComplaintVersion> versions = new ArrayList<>();
        for (String kind : List.of(QueuedRecord.KIND_COMPLAINT_NEW, QueuedRecord.KIND_COMPLAINT_VERSION)) {
            outbox.waiting(kind).stream().map(r -> QueuedDeskRecords.complaint(r.body())).forEach(versions::add);
        }
        if (name.equals("history")) {
            List<ComplaintVersion> history = new ArrayList<>((List<ComplaintVersion>) answer);
            versions.stream().filter(v -> v.complaint().id().equals(args[0]))
                    .filter(v -> history.stream().noneMatch(h -> h.number() >= v.number())).forEach(history::add);
            return List.copyOf(history);
        }
        Map<UUID, Complaint> latest = new LinkedHashMap<>();
        versions.forEach(v -> latest.merge(v.complaint().id(), v.complaint(),
                (a, b) -> a.version() >= b.version() ? a : b));
        if (name.equals("find")) {
            Complaint queued = latest.get(args[0]);
            return queued == null ? answer : Optional.of(queued);
        }
        Map<UUID, Complaint> shown = new LinkedHashMap<>();
        ((List<Complaint>) answer).forEach(c -> shown.put(c.id(), c));
        latest.values().stream().filter(c -> c.meetingId().equals(args[0]))
                .forEach(c -> shown.merge(c.id(), c, (a, b) -> a.version() >= b.version() ? a : b));
        return List.copyOf(shown.values());
    }

    /** The item with the queued edits of its texts applied in the order made (each sets only what it changed). */
    private static ChecklistItem edited(ChecklistItem item, List<QueuedDeskRecords.ItemEdit> edits) {
        ChecklistItem shown = item;
        for (QueuedDeskRecords.ItemEdit edit : edits) {
            if (edit.mine().id().equals(shown.id())) {
                String zh = edit.mine().textZh().equals(edit.base().textZh()) ? shown.textZh() : edit.mine().textZh();
                String en = java.util.Objects.equals(edit.mine().textEn(), edit.base().textEn()) ? shown.textEn()
                        : edit.mine().textEn();
                shown = new ChecklistItem(shown.id(), shown.meetingId(), shown.phase(), shown.position(), zh, en,
                        shown.templateItemId(), shown.addedAt(), shown.addedBy());
            }
        }
        return shown;
    }

    /** Whether {@code method} finds a complaint that waits in the outbox (made during this outage). */
    static boolean queuedComplaint(Class<?> owner, String name, Object id, LocalOutbox outbox) {
        return owner == ComplaintDao.class && name.equals("find")
                && outbox.waiting(QueuedRecord.KIND_COMPLAINT_NEW).stream().anyMatch(r -> r.id().equals(id));
    }
}
