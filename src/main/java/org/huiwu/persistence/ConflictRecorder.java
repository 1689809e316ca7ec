package org.huiwu.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Keeps an incoming row that clashed with a local one in {@code merge_conflict}, beside the local row
 * (which stays current). The conflict's id is derived from the table, the row key and the incoming values,
 * so the same clash is recorded once however often the bundle is merged. Confined to the merge's thread.
 */
final class ConflictRecorder {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final RowAccess rows;

    ConflictRecorder(RowAccess rows) {
        this.rows = rows;
    }

    /**
     * Records the incoming row unless the same clash is already recorded.
     *
     * @param localKey the key of the local row it clashed with, or null when there is none to name
     * @return whether a new conflict was recorded
     */
    boolean record(MergeSource source, MeetingTable table, Map<String, Object> key, Map<String, Object> localKey,
            Map<String, Object> incoming) throws SQLException {
        String keyJson = json(key);
        String incomingJson = json(incoming);
        UUID id = UUID.nameUUIDFromBytes((table.name() + "\n" + keyJson + "\n" + incomingJson)
                .getBytes(StandardCharsets.UTF_8));
        if (!rows.select(MeetingTable.CONFLICTS, Map.of("id", id.toString())).isEmpty()) {
            return false;
        }
        Map<String, Object> conflict = new LinkedHashMap<>();
        conflict.put("id", id.toString());
        conflict.put("meeting_id", source.meetingId().toString());
        conflict.put("table_name", table.name());
        conflict.put("row_key", keyJson);
        conflict.put("local_key", localKey == null ? null : json(localKey));
        conflict.put("incoming_row", incomingJson);
        conflict.put("source_bundle", source.bundle());
        conflict.put("bundle_created_at", source.bundleCreatedAt());
        conflict.put("merged_at", source.mergedAt().toString());
        rows.insert(MeetingTable.CONFLICTS, conflict);
        return true;
    }

    /** The portable values as stable JSON (keys sorted). */
    static String json(Map<String, Object> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Portable values are plain JSON", e);
        }
    }
}
