package org.huiwu.persistence;

import java.util.regex.Pattern;

/**
 * Copies a migrated schema into an empty one on PostgreSQL in one server-side block, so each DAO test gets a
 * fresh schema without running Flyway again: every table with its columns, defaults, NOT NULL and identity
 * ({@code LIKE … INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING GENERATED}), its rows (the migrations' seed rows
 * and Flyway's history), the identity sequences moved past the copied rows, then every constraint under its own
 * name (primary and unique keys, checks, foreign keys, in that order) and every other index, from the
 * catalog's own definitions with the schema name swapped. {@code SchemaCopyTest} checks the copy against a
 * schema Flyway migrated. Test code; stateless.
 */
final class SchemaCopy {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private SchemaCopy() {
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
