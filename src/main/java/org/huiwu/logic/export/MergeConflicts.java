package org.huiwu.logic.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Reads the merge conflicts of a meeting out of its record: each kept incoming row beside the local row it
 * clashed with (found in the same record by its key), newest merge first. Stateless; thread-safe.
 */
public final class MergeConflicts {

    private static final TypeReference<LinkedHashMap<String, Object>> ROW = new TypeReference<>() { };

    /** The conflicts kept for the meeting, newest merge first, then by table and key. */
    public List<MergeConflict> of(MeetingRecord record) {
        List<MergeConflict> conflicts = new ArrayList<>();
        for (Map<String, Object> row : record.rows("merge_conflict")) {
            String table = text(row.get("table_name"));
            Map<String, Object> incoming = parse(text(row.get("incoming_row")));
            Object localKey = row.get("local_key");
            Map<String, Object> local = localKey == null ? Map.of() : find(record, table, parse(localKey.toString()));
            List<String> changed = new ArrayList<>();
            incoming.forEach((column, value) -> {
                if (local.isEmpty() || !Objects.equals(text(local.get(column)), text(value))) {
                    changed.add(column);
                }
            });
            conflicts.add(new MergeConflict(table, text(row.get("row_key")), text(row.get("source_bundle")),
                    text(row.get("bundle_created_at")), text(row.get("merged_at")), local, incoming,
                    List.copyOf(changed)));
        }
        conflicts.sort(Comparator.comparing(MergeConflict::mergedAt).reversed()
                .thenComparing(MergeConflict::table).thenComparing(MergeConflict::rowKey));
        return conflicts;
    }

    private static Map<String, Object> find(MeetingRecord record, String table, Map<String, Object> key) {
        return record.rows(table).stream()
                .filter(r -> key.entrySet().stream().allMatch(k -> Objects.equals(text(r.get(k.getKey())),
                        text(k.getValue()))))
                .findFirst().orElse(Map.of());
    }

    private static Map<String, Object> parse(String json) {
        try {
            return BundleFormat.MAPPER.readValue(json, ROW);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A merge conflict holds no JSON row", e);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
