package org.huiwu.persistence;

import java.util.regex.Pattern;

/**
 * Copies a migrated schema into an empty one on PostgreSQL in one server-side block, so each DAO test gets a
 * fresh schema without running Flyway again: every table with its columns, defaults, NOT NULL and identity
 * ({@code LIKE … INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING GENERATED}), its rows (the migrations' seed rows
 * and Flyway's history), the identity sequences moved past the copied rows, then every constraint under its own
 * name (primary and unique keys, checks, foreign keys, in that order) and every other index, from the
 * catalog's own definitions with the schema name swapped; and gives a used copy its first content again without DDL,
 * so a schema can serve the next test (DDL dominates: a copy took about 1 s at a load of 30, a reset a few
 * milliseconds). {@code SchemaCopyTest} checks both against the template. Test code; stateless.
 */
final class SchemaCopy {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private SchemaCopy() {
    }

    /**
     * The statement that gives schema {@code to}, a copy of {@code from} a test has used, the copy's content again
     * without any DDL: every row deleted (children before the tables they refer to), the template's rows put back
     * (parents first), the identity sequences moved past them. One transaction; it takes no more than row locks.
     */
    static String resetScript(java.sql.Connection connection, String from, String to) throws java.sql.SQLException {
        if (!NAME.matcher(from).matches() || !NAME.matcher(to).matches()) {
            throw new IllegalArgumentException(from + " / " + to);
        }
        java.util.List<String> tables = new java.util.ArrayList<>();
        java.util.Map<String, java.util.Set<String>> parents = new java.util.HashMap<>();
        java.util.List<String> seeded = new java.util.ArrayList<>();
        java.util.List<String> identities = new java.util.ArrayList<>();
        try (java.sql.Statement statement = connection.createStatement()) {
            try (java.sql.ResultSet rows = statement.executeQuery("SELECT c.relname, (SELECT string_agg(p.relname, ',')"
                    + " FROM pg_constraint k JOIN pg_class p ON p.oid = k.confrelid WHERE k.conrelid = c.oid"
                    + " AND k.contype = 'f' AND k.confrelid <> c.oid) FROM pg_class c JOIN pg_namespace n"
                    + " ON n.oid = c.relnamespace WHERE n.nspname = '" + from + "' AND c.relkind = 'r' ORDER BY 1")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                    parents.put(rows.getString(1), rows.getString(2) == null ? java.util.Set.of()
                            : java.util.Set.of(rows.getString(2).split(",")));
                }
            }
            for (String table : tables) {
                try (java.sql.ResultSet rows = statement.executeQuery("SELECT EXISTS (SELECT FROM " + from + "."
                        + table + ")")) {
                    rows.next();
                    if (rows.getBoolean(1)) {
                        seeded.add(table);
                    }
                }
            }
            try (java.sql.ResultSet rows = statement.executeQuery("SELECT table_name, column_name FROM"
                    + " information_schema.columns WHERE table_schema = '" + from + "' AND is_identity = 'YES'")) {
                while (rows.next()) {
                    identities.add(String.format("PERFORM setval(pg_get_serial_sequence('%1$s.%2$s', '%3$s'),"
                            + " COALESCE((SELECT max(%3$s) FROM %1$s.%2$s), 0) + 1, false);", to, rows.getString(1),
                            rows.getString(2)));
                }
            }
        }
        java.util.List<String> parentsFirst = new java.util.ArrayList<>();
        while (parentsFirst.size() < tables.size()) {
            int before = parentsFirst.size();
            for (String table : tables) {
                if (!parentsFirst.contains(table) && parentsFirst.containsAll(parents.get(table))) {
                    parentsFirst.add(table);
                }
            }
            if (parentsFirst.size() == before) {
                throw new IllegalStateException("foreign keys in a cycle: " + tables);
            }
        }
        StringBuilder script = new StringBuilder("DO $reset$ BEGIN\n");
        for (int i = parentsFirst.size() - 1; i >= 0; i--) {
            script.append("DELETE FROM ").append(to).append('.').append(parentsFirst.get(i)).append(";\n");
        }
        for (String table : parentsFirst) {
            if (seeded.contains(table)) {
                script.append("INSERT INTO ").append(to).append('.').append(table).append(" OVERRIDING SYSTEM VALUE")
                        .append(" SELECT * FROM ").append(from).append('.').append(table).append(";\n");
            }
        }
        identities.forEach(line -> script.append(line).append('\n'));
        return script.append("END $reset$").toString();
    }

    /** The statement that copies schema {@code from} into the empty schema {@code to}. */
    static String script(String from, String to) {
        if (!NAME.matcher(from).matches() || !NAME.matcher(to).matches()) {
            throw new IllegalArgumentException(from + " / " + to);
        }
        return """
                DO $copy$
                DECLARE
                    src CONSTANT text := '%1$s';
                    dst CONSTANT text := '%2$s';
                    t record;
                BEGIN
                    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                            WHERE n.nspname = src AND c.relkind = 'r' ORDER BY c.relname LOOP
                        EXECUTE format('CREATE TABLE %%I.%%I (LIKE %%I.%%I INCLUDING DEFAULTS INCLUDING IDENTITY'
                                || ' INCLUDING GENERATED)', dst, t.relname, src, t.relname);
                        EXECUTE format('INSERT INTO %%I.%%I OVERRIDING SYSTEM VALUE SELECT * FROM %%I.%%I',
                                dst, t.relname, src, t.relname);
                    END LOOP;
                    FOR t IN SELECT a.table_name, a.column_name FROM information_schema.columns a
                            WHERE a.table_schema = dst AND a.is_identity = 'YES' LOOP
                        EXECUTE format('SELECT setval(pg_get_serial_sequence(%%L, %%L), '
                                || 'COALESCE((SELECT max(%%I) FROM %%I.%%I), 0) + 1, false)',
                                dst || '.' || t.table_name, t.column_name, t.column_name, dst, t.table_name);
                    END LOOP;
                    FOR t IN SELECT r.relname, k.conname, pg_get_constraintdef(k.oid) AS def FROM pg_constraint k
                            JOIN pg_class r ON r.oid = k.conrelid JOIN pg_namespace n ON n.oid = r.relnamespace
                            WHERE n.nspname = src AND k.contype IN ('p', 'u', 'c', 'f', 'x')
                            ORDER BY CASE k.contype WHEN 'p' THEN 0 WHEN 'u' THEN 1 WHEN 'x' THEN 1
                                WHEN 'c' THEN 2 ELSE 3 END, r.relname, k.conname LOOP
                        EXECUTE format('ALTER TABLE %%I.%%I ADD CONSTRAINT %%I ', dst, t.relname, t.conname)
                                || replace(t.def, src || '.', dst || '.');
                    END LOOP;
                    FOR t IN SELECT pg_get_indexdef(i.indexrelid) AS def FROM pg_index i
                            JOIN pg_class x ON x.oid = i.indexrelid JOIN pg_namespace n ON n.oid = x.relnamespace
                            WHERE n.nspname = src
                            AND NOT EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = i.indexrelid
                                AND k.contype IN ('p', 'u', 'x')) LOOP
                        EXECUTE replace(t.def, ' ON ' || src || '.', ' ON ' || dst || '.');
                    END LOOP;
                END
                $copy$""".formatted(from, to);
    }
}
