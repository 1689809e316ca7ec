package org.huiwu.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.h2.api.ErrorCode;

/**
 * One merge inside one open transaction: inserts absent rows by primary key. A row that exists locally
 * with other values keeps the local values and the incoming row is kept as a merge conflict; an incoming
 * row that clashes on a secondary unique key (or needs a parent row held back that way) is kept as a
 * conflict too. An incident version that exists locally with other values is a conflicting edit and is
 * appended as a further version (once: an identical version is never added twice), and the incident then
 * shows its latest version. Every row must stay within the bundle's meeting ({@link MeetingScope}); an attachment's
 * stored path is this laptop's own fact and is not compared. Confined to the thread of its transaction.
 */
final class TableMerge {

    private static final List<String> INCIDENT_STATE = List.of("type", "occurred_at", "location", "seat_key",
            "severity", "description", "status", "procedure_id", "procedure_version", "reported_by", "handling_at",
            "resolved_at", "closed_at", "voided", "void_reason", "version");

    private final RowAccess rows;
    private final ConflictRecorder conflicts;
    private final MeetingScope scope;
    private final Set<Object> editedIncidents = new LinkedHashSet<>();
    private boolean heldBack;
    private int inserted;
    private int unchanged;
    private int keptLocal;
    private int conflictVersions;
    private int conflictsRecorded;

    TableMerge(Connection connection) {
        this.rows = new RowAccess(connection);
        this.conflicts = new ConflictRecorder(rows);
        this.scope = new MeetingScope(rows);
    }

    void merge(MergeSource source) throws SQLException {
        heldBack = false;
        for (MeetingTable table : MeetingTable.ALL) {
            for (Map<String, Object> row : source.tables().getOrDefault(table.name(), List.of())) {
                mergeRow(source, table, row);
            }
        }
        for (Object incidentId : editedIncidents) {
            showLatestVersion(incidentId);
        }
        editedIncidents.clear();
    }

    MergeCounts counts() {
        return new MergeCounts(inserted, unchanged, keptLocal, conflictVersions, conflictsRecorded);
    }

    private void mergeRow(MergeSource source, MeetingTable table, Map<String, Object> row) throws SQLException {
        Map<String, Object> key = columns(table.key(), row);
        Optional<Map<String, Object>> local = rows.select(table.name(), key).stream().findFirst();
        scope.check(source, table, row, local);
        if (local.isEmpty()) {
            insertOrHoldBack(source, table, key, row);
        } else if (table.name().equals(MeetingTable.CONFLICTS)
                || sameValues(local.get(), row, table.name().equals("incident_attachment") ? "stored_path" : null)) {
            unchanged++;
        } else if (table.name().equals("incident_version")) {
            appendConflictingVersion(row);
        } else if (table.name().equals("incident")) {
            keptLocal++;
        } else {
            count(conflicts.record(source, table, key, key, row));
        }
    }

    /** Inserts the row; a clash on a unique key, or a parent held back before, keeps it as a conflict. */
    private void insertOrHoldBack(MergeSource source, MeetingTable table, Map<String, Object> key,
            Map<String, Object> row) throws SQLException {
        try {
            rows.insert(table.name(), row);
            inserted++;
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DUPLICATE_KEY_1 && !table.unique().isEmpty()) {
                Map<String, Object> localKey = rows.select(table.name(), columns(table.unique(), row)).stream()
                        .findFirst().map(local -> columns(table.key(), local)).orElse(null);
                heldBack = true;
                count(conflicts.record(source, table, key, localKey, row));
            } else if (e.getErrorCode() == ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1 && heldBack) {
                count(conflicts.record(source, table, key, null, row));
            } else {
                throw e;
            }
        }
    }

    private void count(boolean recorded) {
        if (recorded) {
            conflictsRecorded++;
        } else {
            unchanged++;
        }
    }

    private static Map<String, Object> columns(List<String> names, Map<String, Object> row) {
        Map<String, Object> values = new LinkedHashMap<>();
        names.forEach(column -> values.put(column, row.get(column)));
        return values;
    }

    private void appendConflictingVersion(Map<String, Object> row) throws SQLException {
        Object incidentId = row.get("incident_id");
        List<Map<String, Object>> versions = rows.select("incident_version", Map.of("incident_id", incidentId));
        for (Map<String, Object> version : versions) {
            if (sameValues(version, row, "version")) {
                unchanged++;
                return;
            }
        }
        int next = 1 + versions.stream().mapToInt(v -> Integer.parseInt(v.get("version").toString())).max().orElse(0);
        Map<String, Object> appended = new LinkedHashMap<>(row);
        appended.put("version", next);
        rows.insert("incident_version", appended);
        editedIncidents.add(incidentId);
        conflictVersions++;
    }

    private void showLatestVersion(Object incidentId) throws SQLException {
        Map<String, Object> latest = rows.select("incident_version", Map.of("incident_id", incidentId)).stream()
                .max((a, b) -> Integer.compare(Integer.parseInt(a.get("version").toString()),
                        Integer.parseInt(b.get("version").toString())))
                .orElseThrow();
        Map<String, String> columnTypes = rows.types("incident");
        String sets = String.join(", ", INCIDENT_STATE.stream().map(c -> c + " = ?").toList());
        try (PreparedStatement update = rows.connection().prepareStatement(
                "UPDATE incident SET " + sets + " WHERE id = ?")) {
            int i = 1;
            for (String column : INCIDENT_STATE) {
                ColumnValues.bind(update, i++, columnTypes.get(column), latest.get(column));
            }
            ColumnValues.bind(update, i, columnTypes.get("id"), incidentId);
            update.executeUpdate();
        }
    }

    private static boolean sameValues(Map<String, Object> local, Map<String, Object> incoming, String ignored) {
        for (Map.Entry<String, Object> entry : incoming.entrySet()) {
            if (!entry.getKey().equals(ignored) && !ColumnValues.same(local.get(entry.getKey()), entry.getValue())) {
                return false;
            }
        }
        return true;
    }
}
