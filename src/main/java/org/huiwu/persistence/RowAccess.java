package org.huiwu.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and inserts portable rows ({@link ColumnValues}) of any table over one open connection, knowing
 * each table's column types. Used by a merge inside its transaction; confined to that transaction's thread.
 */
final class RowAccess {

    private final Connection connection;
    private final Map<String, Map<String, String>> types = new HashMap<>();

    RowAccess(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    /** The rows whose columns equal the given values. */
    List<Map<String, Object>> select(String table, Map<String, Object> where) throws SQLException {
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

    /** Inserts the row; fails on an unknown column or a broken constraint. */
    void insert(String table, Map<String, Object> row) throws SQLException {
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

    /** The SQL type name of each column of the table, by lower-case column name. */
    Map<String, String> types(String table) throws SQLException {
        Map<String, String> known = types.get(table);
        if (known != null) {
            return known;
        }
        Map<String, String> columnTypes = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM " + table + " WHERE 1 = 0");
             ResultSet rs = query.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columnTypes.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), meta.getColumnTypeName(i));
            }
        }
        types.put(table, columnTypes);
        return columnTypes;
    }
}
