package org.huiwu.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.model.checklists.TemplateItem;
import org.huiwu.model.incidents.LeftItem;
import org.huiwu.model.live.QueuedRecord;

/**
 * The checklist template's edits and the left-items register written during an outage (decision 0045), as the outbox
 * keeps them: template items added or changed over the items as the editor saw them
 * ({@link ChecklistTemplateDao#saveAllFrom}) and a left item registered, handed over or returned over the line as
 * seen ({@link LeftItemDao#saveFrom}); and the template's and the register's reads with the waiting ones laid over
 * them in the order made (each waiting item in place of the shown one, a new one added), so the template editor, a
 * meeting's first checklist and the left-items screen show them at once. Stateless; call off the FX thread.
 */
public final class QueuedRegisters {

    /** Template items as the editor saw them (null at a new item's place) and as changed. */
    public record TemplateChange(List<TemplateItem> seen, List<TemplateItem> mine) {
    }

    /** A left item as seen (null when registered) and as changed. */
    public record LeftItemChange(LeftItem seen, LeftItem mine) {
    }

    private QueuedRegisters() {
    }

    public static TemplateChange templateChange(String body) {
        return RecordJson.read(body, TemplateChange.class);
    }

    public static LeftItemChange leftItemChange(String body) {
        return RecordJson.read(body, LeftItemChange.class);
    }

    /** The queued form of a template or register write, or null for another call. */
    @SuppressWarnings("unchecked")
    static QueuedWrites.Queued queueable(Class<?> owner, String name, Object[] args) {
        if (owner == ChecklistTemplateDao.class && name.equals("saveAllFrom")) {
            TemplateChange change = new TemplateChange((List<TemplateItem>) args[0], (List<TemplateItem>) args[1]);
            return new QueuedWrites.Queued(QueuedRecord.KIND_TEMPLATE_EDIT, UUID.randomUUID(), null,
                    RecordJson.write(change), Instant.now(), null);
        }
        if (owner == LeftItemDao.class && name.equals("saveFrom")) {
            LeftItem mine = (LeftItem) args[1];
            return new QueuedWrites.Queued(QueuedRecord.KIND_LEFT_ITEM, UUID.randomUUID(), mine.meetingId(),
                    RecordJson.write(new LeftItemChange((LeftItem) args[0], mine)), Instant.now(), null);
        }
        return null;
    }

    /** Whether the read is one {@link #apply} changes. */
    static boolean covers(Class<?> owner, String name) {
        return owner == ChecklistTemplateDao.class && (name.equals("all") || name.equals("find"))
                || owner == LeftItemDao.class && (name.equals("ofMeeting") || name.equals("find") || name.equals("open"));
    }

    /** The read's answer with the waiting template items or left items laid over it, in the order made. */
    @SuppressWarnings("unchecked")
    static Object apply(Class<?> owner, String name, Object[] args, Object answer, LocalOutbox outbox) {
        List<Object> waiting = waiting(owner, outbox);
        if (waiting.isEmpty()) {
            return answer;
        }
        if (answer instanceof Optional<?> one) {
            Object found = one.orElse(null);
            for (Object item : waiting) {
                found = idOf(item).equals(args[0]) ? item : found;
            }
            return Optional.ofNullable(found);
        }
        List<Object> shown = new ArrayList<>((List<Object>) answer);
        for (Object item : waiting) {
            boolean listed = shown.stream().anyMatch(i -> idOf(i).equals(idOf(item)));
            shown.replaceAll(i -> idOf(i).equals(idOf(item)) ? item : i);
            if (!listed && belongs(name, args, item)) {
                shown.add(item);
            }
        }
        if (name.equals("open")) {
            shown.removeIf(i -> !((LeftItem) i).isOpen());
        }
        return List.copyOf(shown);
    }

    /** Whether {@code find(id)} names a template item or left item made here that waits to be sent. */
    static boolean madeHere(Class<?> owner, String name, Object id, LocalOutbox outbox) {
        return name.equals("find") && (owner == ChecklistTemplateDao.class || owner == LeftItemDao.class)
                && outbox.size() > 0 && waiting(owner, outbox).stream().anyMatch(i -> idOf(i).equals(id));
    }

    private static boolean belongs(String name, Object[] args, Object item) {
        return !name.equals("ofMeeting") || ((LeftItem) item).meetingId().equals(args[0]);
    }

    /** The items the waiting records of {@code owner}'s kind made, in the order made. */
    private static List<Object> waiting(Class<?> owner, LocalOutbox outbox) {
        List<Object> items = new ArrayList<>();
        if (owner == ChecklistTemplateDao.class) {
            outbox.waiting(QueuedRecord.KIND_TEMPLATE_EDIT).forEach(r -> items.addAll(templateChange(r.body()).mine()));
        } else {
            outbox.waiting(QueuedRecord.KIND_LEFT_ITEM).forEach(r -> items.add(leftItemChange(r.body()).mine()));
        }
        return items;
    }

    private static Object idOf(Object item) {
        return item instanceof TemplateItem t ? t.id() : ((LeftItem) item).id();
    }
}
