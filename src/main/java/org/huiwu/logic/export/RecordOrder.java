package org.huiwu.logic.export;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which people read the rows of a meeting's logs, as opposed to the key order they are
 * stored and sealed in: attendees by rank (precedence), events, incidents, left items and complaints by
 * their time, an incident's versions after the incidents before it and in version order, document copies
 * by title and number. Ties fall back to the id, so the same data always reads the same. Stateless;
 * thread-safe.
 */
final class RecordOrder {

    private RecordOrder() {
    }

    /** The rows of the table in reading order (a copy; a table without a reading order keeps key order). */
    static List<Map<String, Object>> of(MeetingRecord record, String table) {
        List<Map<String, Object>> rows = new ArrayList<>(record.rows(table));
        Comparator<Map<String, Object>> order = switch (table) {
            case "attendee" -> Comparator.comparingLong((Map<String, Object> r) -> number(r.get("precedence")))
                    .thenComparing(r -> text(r.get("name")));
            case "service_event", "incident" -> byTime("occurred_at");
            case "left_item" -> byTime("found_at");
            case "complaint" -> byTime("received_at");
            case "incident_version" -> byIncident(record);
            case "document_copy" -> Comparator.comparing((Map<String, Object> r) -> text(r.get("title")))
                    .thenComparingLong(r -> number(r.get("copy_number")));
            default -> null;
        };
        if (order != null) {
            rows.sort(order.thenComparing(r -> text(r.get("id"))));
        }
        return rows;
    }

    private static Comparator<Map<String, Object>> byIncident(MeetingRecord record) {
        Map<String, Integer> position = new HashMap<>();
        List<Map<String, Object>> incidents = of(record, "incident");
        for (int i = 0; i < incidents.size(); i++) {
            position.put(text(incidents.get(i).get("id")), i);
        }
        return Comparator.comparingInt((Map<String, Object> v) -> position.getOrDefault(text(v.get("incident_id")),
                Integer.MAX_VALUE)).thenComparingLong(v -> number(v.get("version")));
    }

    private static Comparator<Map<String, Object>> byTime(String column) {
        return Comparator.comparing(r -> instant(r.get(column)), Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static Instant instant(Object value) {
        return value == null ? null : OffsetDateTime.parse(value.toString()).toInstant();
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : value == null ? Long.MAX_VALUE : Long.parseLong(value.toString());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
