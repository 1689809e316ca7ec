package org.huiwu.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One merge inside one open transaction: inserts absent rows by primary key; an incident version that
 * exists locally with other values is a conflicting edit and is appended as a further version (once:
 * an identical version is never added twice), and the incident then shows its latest version.
 * Confined to the thread of its transaction.
 */
final class TableMerge {

    private static final List<String> INCIDENT_STATE = List.of("type", "occurred_at", "location", "seat_key",
            "severity", "description", "status", "procedure_id", "procedure_version", "reported_by", "handling_at",
            "resolved_at", "closed_at", "voided", "void_reason", "version");

    private final Connection connection;
    private final Map<String, Map<String, String>> types = new HashMap<>();
    private final Set<Object> editedIncidents = new LinkedHashSet<>();
    private int inserted;
    private int unchanged;
    private int keptLocal;
    private int conflictVersions;

    TableMerge(Connection connection) {
        this.connection = connection;
    }

    void merge(Map<String, List<Map<String, Object>>> tables) throws SQLException {
        for (MeetingTable table : MeetingTable.ALL) {
            for (Map<String, Object> row : tables.getOrDefault(table.name(), List.of())) {
                mergeRow(table, row);
            }
        }
        for (Object incidentId : editedIncidents) {
            showLatestVersion(incidentId);
        }
        editedIncidents.clear();
    }

    MergeCounts counts() {
        return new MergeCounts(inserted, unchanged, keptLocal, conflictVersions);
    }

    private void mergeRow(MeetingTable table, Map<String, Object> row) throws SQLException {
        Map<String, Object> key = new LinkedHashMap<>();
        table.key().forEach(column -> key.put(column, row.get(column)));
        Optional<Map<String, Object>> local = first(table.name(), key);
        if (local.isEmpty()) {
            insert(table.name(), row);
            inserted++;
        } else if (sameValues(local.get(), row, null)) {
            unchanged++;
        } else if (table.name().equals("incident_version")) {
            appendConflictingVersion(row);
        } else {
            keptLocal++;
        }
    }

    private void appendConflictingVersion(Map<String, Object> row) throws SQLException {
        Object incidentId = row.get("incident_id");
        for (Map<String, Object> version : select("incident_version", Map.of("incident_id", incidentId))) {
            if (sameValues(version, row, "version")) {
                unchanged++;
                return;
            }
        }
        int next = 1 + select("incident_version", Map.of("incident_id", incidentId)).stream()
                .mapToInt(v -> Integer.parseInt(v.get("version").toString())).max().orElse(0);
        Map<String, Object> appended = new LinkedHashMap<>(row);
        appended.put("version", next);
        insert("incident_version", appended);
        editedIncidents.add(incidentId);
        conflictVersions++;
    }

    private void showLatestVersion(Object incidentId) throws SQLException {
        Map<String, Object> latest = select("incident_version", Map.of("incident_id", incidentId)).stream()
                .max((a, b) -> Integer.compare(Integer.parseInt(a.get("version").toString()),
                        Integer.parseInt(b.get("version").toString())))
                .orElseThrow();
        Map<String, String> columnTypes = types("incident");
        String sets = String.join(", ", INCIDENT_STATE.stream().map(c -> c + " = ?").toList());
        try (PreparedStatement update = connection.prepareStatement("UPDATE incident SET " + sets + " WHERE id = ?")) {
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

    private Optional<Map<String, Object>> first(String table, Map<String, Object> key) throws SQLException {
        return select(table, key).stream().findFirst();
    }

    private List<Map<String, Object>> select(String table, Map<String, Object> where) throws SQLException {
        Map<String, String> columnTypes = types(table);
        List<String> columns = new ArrayList<>(where.keySet());
        String condition = String.join(" AND ", columns.stream().map(c -> c + " = ?").toList());
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM " + table + " WHERE " + condition)) {
            for (int i = 0; i < columns.size(); i++) {
                ColumnValues.bind(query, i + 1, columnTypes.get(columns.get(i)), where.get(columns.get(i)));
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(ColumnValues.row(rs));
                }
            }
            return rows;
        }
    }

    private void insert(String table, Map<String, Object> row) throws SQLException {
        Map<String, String> columnTypes = types(table);
        List<String> columns = new ArrayList<>(row.keySet());
        for (String column : columns) {
            if (!columnTypes.containsKey(column)) {
                throw new SQLException("Unknown column " + table + "." + column);
            }
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < columns.size(); i++) {
                ColumnValues.bind(insert, i + 1, columnTypes.get(columns.get(i)), row.get(columns.get(i)));
            }
            insert.executeUpdate();
        }
    }

    private Map<String, String> types(String table) throws SQLException {
        Map<String, String> known = types.get(table);
        if (known != null) {
            return known;
        }
        Map<String, String> columnTypes = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM " + table + " WHERE 1 = 0");
             ResultSet rs = query.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columnTypes.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), meta.getColumnTypeName(i));
            }
        }
        types.put(table, columnTypes);
        return columnTypes;
    }
}
