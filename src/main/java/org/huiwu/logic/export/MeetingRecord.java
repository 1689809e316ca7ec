package org.huiwu.logic.export;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything stored for one meeting, as read in one transaction: its rows table by table (column name to
 * portable value: text for ids, dates and times, numbers and booleans as themselves). The source of every
 * export format. Immutable once read; thread-safe.
 */
public record MeetingRecord(UUID meetingId, Map<String, List<Map<String, Object>>> tables) {

    /** The rows of a table, empty when it has none. */
    public List<Map<String, Object>> rows(String table) {
        return tables.getOrDefault(table, List.of());
    }

    /**
     * The rows of a table in the order people read them (attendees by rank, logs by time), for reports
     * and spreadsheets; {@link #rows} keeps the stored key order.
     */
    public List<Map<String, Object>> inReadingOrder(String table) {
        return RecordOrder.of(this, table);
    }

    /** The meeting row itself. */
    public Map<String, Object> meeting() {
        return rows("meeting").get(0);
    }

    /** A text value of the meeting row, empty text when null. */
    public String meetingText(String column) {
        Object value = meeting().get(column);
        return value == null ? "" : value.toString();
    }

    /** The attendee's name, if the id belongs to an attendee of this meeting. */
    public Optional<String> attendeeName(Object attendeeId) {
        if (attendeeId == null) {
            return Optional.empty();
        }
        return rows("attendee").stream().filter(a -> attendeeId.toString().equals(a.get("id")))
                .map(a -> a.get("name").toString()).findFirst();
    }

    /** The number of rows in every table. */
    public long rowCount() {
        return tables.values().stream().mapToLong(List::size).sum();
    }
}
