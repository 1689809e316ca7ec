package org.huiwu.logic.export;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.checklists.MarkState;

/**
 * A meeting's service checklist read from its exported rows: the items by phase then position, and for
 * each item its latest mark (by time, then number, then id) and how many marks it has. Immutable;
 * thread-safe.
 */
final class ChecklistMarks {

    private static final Comparator<Map<String, Object>> ITEM_ORDER = Comparator
            .comparing((Map<String, Object> r) -> ChecklistPhase.valueOf(r.get("phase").toString()))
            .thenComparingInt(r -> Integer.parseInt(r.get("position").toString()))
            .thenComparing(r -> r.get("id").toString());
    private static final Comparator<Map<String, Object>> MARK_ORDER = Comparator
            .comparing((Map<String, Object> r) -> OffsetDateTime.parse(r.get("marked_at").toString()).toInstant())
            .thenComparingInt(r -> Integer.parseInt(r.get("mark_number").toString()))
            .thenComparing(r -> r.get("id").toString());

    private final List<Map<String, Object>> items;
    private final Map<String, Map<String, Object>> latest = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();

    ChecklistMarks(MeetingRecord record) {
        List<Map<String, Object>> sorted = new ArrayList<>(record.rows("meeting_checklist_item"));
        sorted.sort(ITEM_ORDER);
        this.items = List.copyOf(sorted);
        for (Map<String, Object> mark : record.rows("checklist_mark")) {
            String item = mark.get("item_id").toString();
            counts.merge(item, 1, Integer::sum);
            latest.merge(item, mark, (a, b) -> MARK_ORDER.compare(a, b) >= 0 ? a : b);
        }
    }

    /** Whether the meeting kept a checklist at all. */
    boolean kept() {
        return !items.isEmpty();
    }

    /** The items of every phase, in order. */
    List<Map<String, Object>> items() {
        return items;
    }

    /** The items of one phase, in order. */
    List<Map<String, Object>> items(ChecklistPhase phase) {
        return items.stream().filter(i -> phase.name().equals(i.get("phase"))).toList();
    }

    /** The item's latest mark, or null when it was never marked. */
    Map<String, Object> latest(Map<String, Object> item) {
        return latest.get(item.get("id").toString());
    }

    /** The item's state: its latest mark's, or open when it was never marked. */
    MarkState state(Map<String, Object> item) {
        Map<String, Object> mark = latest(item);
        return mark == null ? MarkState.OPEN : MarkState.valueOf(mark.get("state").toString());
    }

    /** How many marks (ticks, n/a and unticks) the item has. */
    int marks(Map<String, Object> item) {
        return counts.getOrDefault(item.get("id").toString(), 0);
    }

    /** How many items of the phase are done or not applicable. */
    int settled(ChecklistPhase phase) {
        return (int) items(phase).stream().filter(i -> state(i).settled()).count();
    }
}
