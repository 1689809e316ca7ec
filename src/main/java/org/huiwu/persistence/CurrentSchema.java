package org.huiwu.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;

/**
 * Tells, without starting Flyway, whether a database already holds exactly the migrations bundled with the
 * app: the versions of the {@code V<n>__*.sql} files under {@code db/migration} against the successful rows
 * of Flyway's schema history. Opening a current database then skips Flyway's class-path scan, parsing and
 * validation (about 400 classes at start-up); anything else (a new file, a missing or failed migration, a
 * version this app does not know) goes through Flyway as before. Refuses a schema written by a newer version of
 * the app. Stateless and thread-safe.
 */
final class CurrentSchema {

    private static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9_.]*)__.+\\.sql");
    private static final String HISTORY =
            "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL";

    private CurrentSchema() {
    }

    /**
     * Refuses a database whose schema history holds a migration this app does not know and that is newer
     * than all it knows: it was written by a newer version of the app, and this one would misread it.
     */
    static void refuseNewer(Flyway flyway, Path dataDir) {
        for (MigrationInfo applied : flyway.info().applied()) {
            if (applied.getState() == MigrationState.FUTURE_SUCCESS || applied.getState() == MigrationState.FUTURE_FAILED) {
                throw new StorageUnavailableException(StorageProblem.NEWER_VERSION, dataDir,
                        new IllegalStateException("schema version " + applied.getVersion() + " is newer than this app"));
            }
        }
    }

    /** True when {@code connection}'s schema history holds every bundled migration, successfully, and no other. */
    static boolean isCurrent(Connection connection) {
        Set<String> bundled = bundledVersions();
        if (bundled.isEmpty()) {
            return false;
        }
        Set<String> applied = new HashSet<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(HISTORY)) {
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return false;
                }
                applied.add(rows.getString(1));
            }
        } catch (SQLException noHistoryYet) {
            return false;
        }
        return applied.equals(bundled);
    }

    /** The versions of the migrations bundled with the app, as Flyway writes them ("10", "1.1"). */
    static Set<String> bundledVersions() {
        URL location = CurrentSchema.class.getClassLoader().getResource(LOCATION);
        if (location == null) {
            return Set.of();
        }
        Set<String> versions = new HashSet<>();
        try {
            if ("jar".equals(location.getProtocol())) {
                JarFile jar = ((JarURLConnection) location.openConnection()).getJarFile();
                for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                    String name = entry.getName();
                    if (name.startsWith(LOCATION + "/") && name.indexOf('/', LOCATION.length() + 1) < 0) {
                        addVersion(name.substring(LOCATION.length() + 1), versions);
                    }
                }
            } else if ("file".equals(location.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
                    files.forEach(file -> addVersion(file.getFileName().toString(), versions));
                }
            } else {
                return Set.of();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            return Set.of();
        }
        return versions;
    }

    private static void addVersion(String fileName, Set<String> versions) {
        Matcher matcher = VERSIONED.matcher(fileName);
        if (matcher.matches()) {
            versions.add(matcher.group(1).replace('_', '.'));
        }
    }
}
