package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast check that lets a current database open without Flyway: it sees every bundled migration, says
 * yes only when the schema history holds exactly those, successfully, and no otherwise.
 */
class CurrentSchemaTest {

    @TempDir
    Path dataDir;

    @Test
    void theBundledVersionsAreTheMigrationFilesOfTheSources() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            Set<String> expected = files.map(file -> file.getFileName().toString())
                    .map(name -> name.substring(1, name.indexOf("__")).replace('_', '.')).collect(Collectors.toSet());
            assertThat(CurrentSchema.bundledVersions()).isNotEmpty().isEqualTo(expected);
        }
    }

    @Test
    void aMigratedDatabaseIsCurrent() throws SQLException {
        Database.open(dataDir).close();
        try (Connection connection = connect()) {
            assertThat(CurrentSchema.isCurrent(connection)).isTrue();
        }
    }

    @Test
    void anEmptyDatabaseIsNotCurrent() throws SQLException {
        try (Connection connection = connect()) {
            assertThat(CurrentSchema.isCurrent(connection)).isFalse();
        }
    }

    @Test
    void aVersionThisAppDoesNotKnowOrAFailedMigrationIsNotCurrent() throws SQLException {
        Database.open(dataDir).close();
        try (Connection connection = connect(); var statement = connection.createStatement()) {
            statement.execute(historyRow(900, "900", true));
            assertThat(CurrentSchema.isCurrent(connection)).isFalse();
            statement.execute("DELETE FROM \"flyway_schema_history\" WHERE \"installed_rank\" = 900");
            statement.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '1'");
            assertThat(CurrentSchema.isCurrent(connection)).isFalse();
        }
    }

    @Test
    void aMissingMigrationIsNotCurrent() throws SQLException {
        Database.open(dataDir).close();
        try (Connection connection = connect(); var statement = connection.createStatement()) {
            statement.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '1'");
            assertThat(CurrentSchema.isCurrent(connection)).isFalse();
        }
    }

    private static String historyRow(int rank, String version, boolean success) {
        return "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES (" + rank + ", '"
                + version + "', 'other', 'SQL', 'V" + version + "__other.sql', 0, 'sa', 1, " + success + ")";
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve(Database.FILE_NAME), "sa",
                FolderSecret.of(dataDir));
    }
}
