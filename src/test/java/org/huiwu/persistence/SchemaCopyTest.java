package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL DAO tests' fresh schemas are copies of one template Flyway migrated ({@link SchemaCopy}): a copy
 * must be that schema — the same tables, columns, types, defaults, identities, constraints under the same
 * names, indexes, and rows (seed rows and Flyway's history) — and copies must not share rows or sequences.
 * PostgreSQL run only (skips on H2).
 */
@Tag("dao")
class SchemaCopyTest {

    private static final String DESCRIBE = """
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' '
                || coalesce(character_maximum_length::text, '') || ' ' || is_nullable || ' '
                || coalesce(replace(column_default, ?, 'S'), '') || ' ' || is_identity || ' '
                || coalesce(identity_generation, '') || ' ' || ordinal_position
            FROM information_schema.columns WHERE table_schema = ?
            UNION ALL
            SELECT 'constraint ' || r.relname || ' ' || k.conname || ' ' || replace(pg_get_constraintdef(k.oid), ?, 'S')
            FROM pg_constraint k JOIN pg_class r ON r.oid = k.conrelid JOIN pg_namespace n ON n.oid = r.relnamespace
            WHERE n.nspname = ?
            UNION ALL
            SELECT 'index ' || replace(indexdef, ?, 'S') FROM pg_indexes WHERE schemaname = ?
            ORDER BY 1
            """;

    @Test
    void aCopyIsTheSchemaFlywayMakes() throws SQLException {
        assumeThat(TestStores.onPostgres()).as("a PostgreSQL run").isTrue();
        String migrated = TestStores.template();
        String copy = schemaOf(TestStores.freshServer());

        List<String> flyway = describe(migrated);
        List<String> copied = describe(copy);

        assertThat(flyway).as("the migrated schema's catalog").hasSizeGreaterThan(300)
                .anyMatch(line -> line.startsWith("constraint stage_change ") && line.contains("FOREIGN KEY"))
                .anyMatch(line -> line.startsWith("index CREATE INDEX stage_change_meeting"))
                .anyMatch(line -> line.startsWith("column change_feed.seq") && line.contains("YES BY DEFAULT"));
        assertThat(copied).containsExactlyElementsOf(flyway);
        assertThat(rows(copy)).containsExactlyElementsOf(rows(migrated))
                .anyMatch(line -> line.startsWith("flyway_schema_history ") && !line.endsWith(" 0"));
    }

    @Test
    void copiesShareNoRowsAndNoSequence() throws SQLException {
        assumeThat(TestStores.onPostgres()).as("a PostgreSQL run").isTrue();
        String one = schemaOf(TestStores.freshServer());
        String two = schemaOf(TestStores.freshServer());
        String insert = "INSERT INTO %s.change_feed (meeting_id, kind, written_at) VALUES "
                + "('00000000-0000-0000-0000-000000000001', 'SERVICE', now()) RETURNING seq";

        assertThat(single(insert.formatted(one))).isEqualTo("1");
        assertThat(single(insert.formatted(one))).isEqualTo("2");
        assertThat(single(insert.formatted(two))).as("its own sequence").isEqualTo("1");
        assertThat(single("SELECT count(*) FROM " + two + ".change_feed")).isEqualTo("1");
    }

    @Test
    void aResetCopyHoldsTheTemplatesRowsAgain() throws SQLException {
        assumeThat(TestStores.onPostgres()).as("a PostgreSQL run").isTrue();
        DatabaseServer server = TestStores.freshServer();
        String copy = schemaOf(server);
        try (Database store = Database.open(server, java.time.Duration.ZERO, () -> { }, null)) {
            org.huiwu.model.Meeting meeting = org.huiwu.Fixtures.meeting("常委会", java.time.LocalDate.of(2026, 12, 7));
            store.dao(MeetingDao.class).save(meeting, java.time.Instant.now());
            store.dao(AttendeeDao.class).insertAll(List.of(org.huiwu.Fixtures.attendee(meeting.id(), "王伟", 1)));
        }
        single("INSERT INTO " + copy + ".change_feed (meeting_id, kind, written_at) VALUES "
                + "('00000000-0000-0000-0000-000000000001', 'SERVICE', now()) RETURNING seq");
        List<String> template = rows(TestStores.template());
        single("WITH gone AS (DELETE FROM " + copy + ".flyway_schema_history WHERE version = '1' RETURNING 1)"
                + " SELECT count(*) FROM gone");
        assertThat(rows(copy)).isNotEqualTo(template);

        TestStores.reset(copy);

        assertThat(rows(copy)).containsExactlyElementsOf(template);
        assertThat(single("INSERT INTO " + copy + ".change_feed (meeting_id, kind, written_at) VALUES "
                + "('00000000-0000-0000-0000-000000000001', 'SERVICE', now()) RETURNING seq")).isEqualTo("1");
    }

    private static String schemaOf(DatabaseServer server) {
        return server.url().substring(server.url().indexOf("currentSchema=") + "currentSchema=".length());
    }

    private static List<String> describe(String schema) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = connect(); var statement = connection.prepareStatement(DESCRIBE)) {
            for (int i = 1; i <= 6; i++) {
                statement.setString(i, i % 2 == 1 ? schema + "." : schema);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
        }
        return lines;
    }

    /** Each table with a digest of its rows and their count. */
    private static List<String> rows(String schema) throws SQLException {
        List<String> lines = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            try (ResultSet names = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = '"
                    + schema + "' ORDER BY 1")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet count = statement.executeQuery("SELECT md5(string_agg(t::text, ',' ORDER BY t::text)),"
                        + " count(*) FROM " + schema + "."
                        + table + " t")) {
                    count.next();
                    lines.add(table + " " + count.getString(1) + " " + count.getLong(2));
                }
            }
        }
        return lines;
    }

    private static String single(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Connection connect() throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", TestStores.setting("user"));
        login.setProperty("password", TestStores.setting("password"));
        return DriverManager.getConnection(TestStores.setting("url"), login);
    }
}
