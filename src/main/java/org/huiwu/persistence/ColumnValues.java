package org.huiwu.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Converts column values between H2 and their portable form: text for UUIDs, dates, times and
 * timestamps (ISO-8601), numbers and booleans as themselves, null as null. Stateless.
 */
final class ColumnValues {

    private ColumnValues() {
    }

    /** The current row, column name (lower case) to portable value, in the table's column order. */
    static Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT),
                    portable(rs, i, canonical(meta.getColumnTypeName(i))));
        }
        return row;
    }

    /**
     * The H2 name of a column type as PostgreSQL's driver or catalogue names it ({@code timestamptz}, {@code int4},
     * {@code time without time zone} …), so that a bundle written from a venue server carries the same portable
     * values (ISO timestamps) as one written from a laptop, and merges into either.
     */
    static String canonical(String type) {
        String upper = type.toUpperCase(java.util.Locale.ROOT);
        return switch (upper) {
            case "TIMESTAMPTZ" -> "TIMESTAMP WITH TIME ZONE";
            case "INT4", "INT2", "SMALLINT" -> "INTEGER";
            case "INT8" -> "BIGINT";
            case "BOOL" -> "BOOLEAN";
            case "TIME WITHOUT TIME ZONE" -> "TIME";
            default -> upper;
        };
    }

    private static Object portable(ResultSet rs, int i, String type) throws SQLException {
        Object value = switch (type) {
            case "UUID" -> rs.getObject(i, UUID.class);
            case "TIMESTAMP WITH TIME ZONE" -> rs.getObject(i, OffsetDateTime.class);
            case "DATE" -> rs.getObject(i, LocalDate.class);
            case "TIME" -> rs.getObject(i, LocalTime.class);
            case "INTEGER" -> rs.getObject(i, Integer.class);
            case "BIGINT" -> rs.getObject(i, Long.class);
            case "BOOLEAN" -> rs.getObject(i, Boolean.class);
            default -> rs.getString(i);
        };
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return value.toString();
    }

    /** Binds a portable value to a parameter of the given SQL type. */
    static void bind(PreparedStatement statement, int index, String type, Object value) throws SQLException {
        if (value == null) {
            statement.setObject(index, null);
            return;
        }
        String text = value.toString();
        Object typed = switch (canonical(type)) {
            case "UUID" -> UUID.fromString(text);
            case "TIMESTAMP WITH TIME ZONE" -> OffsetDateTime.parse(text);
            case "DATE" -> LocalDate.parse(text);
            case "TIME" -> LocalTime.parse(text);
            case "INTEGER" -> Integer.valueOf(text);
            case "BIGINT" -> Long.valueOf(text);
            case "BOOLEAN" -> Boolean.valueOf(text);
            default -> text;
        };
        statement.setObject(index, typed);
    }

    /** Whether two portable values are the same (numbers compared by their text). */
    static boolean same(Object a, Object b) {
        return a == null ? b == null : b != null && a.toString().equals(b.toString());
    }
}
