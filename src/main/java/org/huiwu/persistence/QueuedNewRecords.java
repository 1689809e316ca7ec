package org.huiwu.persistence;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.huiwu.model.Meeting;
import org.huiwu.model.checklists.ChecklistItem;
import org.huiwu.model.live.QueuedRecord;

/**
 * Records made new on this laptop during an outage (decision 0040): a meeting (its id made here), a meeting's
 * checklist copied from the template on first opening, and an item added to one meeting's list. Holds how each is
 * queued ({@link MeetingDao#create}, {@link MeetingChecklistDao#createIfAbsent}, {@link MeetingChecklistDao#appendItem}),
 * their outbox text form, and how they are shown before they are sent: the server cannot have anything of a meeting
 * made here, so every read whose first argument is its id answers empty (a list, an absent record, false, 0) with what
 * waits laid over it; a meeting list and finds show the meeting, a checklist's reads its copied and added items.
 * Stateless and thread-safe; call off the FX thread.
 */
public final class QueuedNewRecords {

    /** A meeting made on this laptop, as first saved. */
    public record NewMeeting(Meeting meeting, Instant at) {
    }

    /** A meeting's checklist as copied here on first opening: who opened it, when, and the items copied. */
    public record NewChecklist(UUID meetingId, Instant at, String by, List<ChecklistItem> items) {
    }

    private static final Comparator<ChecklistItem> ITEMS = Comparator.comparing(ChecklistItem::phase)
            .thenComparingInt(ChecklistItem::position).thenComparing(ChecklistItem::id);

    private QueuedNewRecords() {
    }

    public static NewMeeting meeting(String body) {
        return RecordJson.read(body, NewMeeting.class);
    }

    public static NewChecklist checklist(String body) {
        return RecordJson.read(body, NewChecklist.class);
    }

    public static ChecklistItem item(String body) {
        return RecordJson.read(body, ChecklistItem.class);
    }

    /** The queued form of one of the three writes, or null for another call. */
    @SuppressWarnings("unchecked")
    static QueuedWrites.Queued queueable(Class<?> owner, String name, Object[] args) {
        if (owner == MeetingDao.class && name.equals("create")) {
            Meeting meeting = (Meeting) args[0];
            Instant at = (Instant) args[1];
            return new QueuedWrites.Queued(QueuedRecord.KIND_MEETING_NEW, meeting.id(), meeting.id(),
                    RecordJson.write(new NewMeeting(meeting, at)), at, true);
        }
        if (owner == MeetingChecklistDao.class && name.equals("createIfAbsent")) {
            UUID meetingId = (UUID) args[0];
            Instant at = (Instant) args[1];
            return new QueuedWrites.Queued(QueuedRecord.KIND_CHECKLIST_NEW, UUID.randomUUID(), meetingId,
                    RecordJson.write(new NewChecklist(meetingId, at, (String) args[2],
                            List.copyOf((List<ChecklistItem>) args[3]))), at, true);
        }
        if (owner == MeetingChecklistDao.class && name.equals("appendItem")) {
            ChecklistItem item = (ChecklistItem) args[0];
            return new QueuedWrites.Queued(QueuedRecord.KIND_CHECKLIST_ITEM_NEW, item.id(), item.meetingId(),
                    RecordJson.write(item), item.addedAt(), item);
        }
        return null;
    }

    /**
     * Whether the read can be answered without the server because it asks about a record made here: any read of a
     * meeting made here, a checklist's reads of a meeting whose list was copied here, an item added or copied here.
     */
    static boolean known(Method method, Object[] args, LocalOutbox outbox) {
        if (args == null || args.length == 0 || !(args[0] instanceof UUID id) || empty(method) == null
                || outbox.size() == 0) {
            return false;
        }
        if (newMeetings(outbox).containsKey(id)) {
            return true;
        }
        if (method.getDeclaringClass() != MeetingChecklistDao.class) {
            return false;
        }
        return method.getName().equals("item") ? queuedItems(outbox).stream().anyMatch(i -> i.id().equals(id))
                : newChecklists(outbox).contains(id);
    }

    /** What a read answers when nothing of it is stored: an empty list, an absent record, false, 0; else null. */
    static Object empty(Method method) {
        Class<?> type = method.getReturnType();
        if (type == List.class) {
            return List.of();
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (type == boolean.class) {
            return false;
        }
        return type == int.class ? Integer.valueOf(0) : null;
    }

    /** The answer with the records made here laid over it (before the queued edits of them are). */
    @SuppressWarnings("unchecked")
    static Object apply(Method method, Object[] args, Object answer, LocalOutbox outbox) {
        Class<?> owner = method.getDeclaringClass();
        String name = method.getName();
        if (owner == MeetingDao.class) {
            Map<UUID, Meeting> made = newMeetings(outbox);
            if (name.equals("list")) {
                List<Meeting> all = new ArrayList<>((List<Meeting>) answer);
                made.values().stream().filter(m -> all.stream().noneMatch(s -> s.id().equals(m.id())))
                        .forEach(all::add);
                all.sort(MeetingDao.LISTED);
                return List.copyOf(all);
            }
            Meeting mine = made.get(args[0]);
            if (mine == null || ((Optional<?>) answer).isPresent()) {
                return answer;
            }
            return name.equals("find") ? Optional.of(mine)
                    : name.equals("findVersioned") ? Optional.of(Map.entry(mine, 0)) : answer;
        }
        if (owner != MeetingChecklistDao.class) {
            return answer;
        }
        if (name.equals("exists")) {
            return (Boolean) answer || newChecklists(outbox).contains(args[0]);
        }
        List<ChecklistItem> queued = queuedItems(outbox);
        if (name.equals("item")) {
            Optional<ChecklistItem> stored = (Optional<ChecklistItem>) answer;
            return stored.isPresent() ? stored : queued.stream().filter(i -> i.id().equals(args[0])).findFirst();
        }
        List<ChecklistItem> items = new ArrayList<>((List<ChecklistItem>) answer);
        List<ChecklistItem> added = queued.stream().filter(i -> i.meetingId().equals(args[0]))
                .filter(i -> items.stream().noneMatch(s -> s.id().equals(i.id()))).toList();
        if (added.isEmpty()) {
            return answer;
        }
        items.addAll(added);
        items.sort(ITEMS);
        return List.copyOf(items);
    }

    /** Whether the read is one {@link #apply} changes. */
    static boolean covers(Class<?> owner, String name) {
        return owner == MeetingDao.class && List.of("list", "find", "findVersioned").contains(name)
                || owner == MeetingChecklistDao.class && List.of("exists", "items", "item").contains(name);
    }

    /** Whether a meeting with this id was made here and waits to be sent. */
    static boolean madeHere(UUID meetingId, LocalOutbox outbox) {
        return newMeetings(outbox).containsKey(meetingId);
    }

    /** The meetings made here that wait: new ones and copies (decision 0043), by id. */
    private static Map<UUID, Meeting> newMeetings(LocalOutbox outbox) {
        Map<UUID, Meeting> made = outbox.waiting(QueuedRecord.KIND_MEETING_NEW).stream()
                .map(r -> meeting(r.body()).meeting())
                .collect(Collectors.toMap(Meeting::id, m -> m, (a, b) -> a, java.util.LinkedHashMap::new));
        QueuedWholeMeetings.copies(outbox).forEach(made::putIfAbsent);
        return made;
    }

    private static Set<UUID> newChecklists(LocalOutbox outbox) {
        return outbox.waiting(QueuedRecord.KIND_CHECKLIST_NEW, QueuedRecord.KIND_CHECKLIST_ITEM_NEW).stream()
                .map(r -> r.kind().equals(QueuedRecord.KIND_CHECKLIST_NEW) ? checklist(r.body()).meetingId()
                        : item(r.body()).meetingId())
                .collect(Collectors.toSet());
    }

    /** The items copied or added here that wait, in the order made. */
    private static List<ChecklistItem> queuedItems(LocalOutbox outbox) {
        List<ChecklistItem> items = new ArrayList<>();
        for (QueuedRecord r : outbox.waiting(QueuedRecord.KIND_CHECKLIST_NEW, QueuedRecord.KIND_CHECKLIST_ITEM_NEW)) {
            if (r.kind().equals(QueuedRecord.KIND_CHECKLIST_NEW)) {
                items.addAll(checklist(r.body()).items());
            } else {
                items.add(item(r.body()));
            }
        }
        return items;
    }
}
