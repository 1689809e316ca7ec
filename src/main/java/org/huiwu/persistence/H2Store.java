package org.huiwu.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the embedded H2 file of a data folder (this laptop's store): refuses a damaged or unreadable file before
 * H2 touches it, keeps the folder private, waits (bounded) while another process holds the file, and brings the
 * schema up to date with Flyway. Stateless; call off the FX thread.
 */
final class H2Store {

    /**
     * Auto-server, every commit on disk before it returns, and a lock wait long enough for a merge in
     * another process to finish its transaction.
     */
    private static final String SETTINGS = ";AUTO_SERVER=TRUE;WRITE_DELAY=0;LOCK_TIMEOUT=10000";
    private static final long RETRY_PAUSE_MILLIS = 250;
    private static final Logger LOG = LoggerFactory.getLogger(H2Store.class);

    static {
        DatabaseAccess.bindToLoopback();
    }

    private H2Store() {
    }

    static Database open(Path dataDir, List<String> migrationLocations, Duration wait, Runnable waiting,
            String passphrase) {
        Objects.requireNonNull(dataDir, "dataDir");
        String url = DatabaseFile.url(dataDir, SETTINGS);
        refuseDamagedFile(dataDir);
        try {
            PrivateFiles.privateFolder(dataDir);
        } catch (java.io.IOException e) {
            throw new StorageUnavailableException(StorageProblem.NOT_WRITABLE, dataDir, e);
        }
        long deadline = System.nanoTime() + wait.toNanos();
        boolean told = false;
        while (true) {
            try {
                return attempt(url, dataDir, migrationLocations, passphrase);
            } catch (StorageUnavailableException e) {
                if (e.problem() != StorageProblem.LOCKED || System.nanoTime() - deadline > 0) {
                    throw e;
                }
                if (!told) {
                    told = true;
                    waiting.run();
                }
                LOG.info("The database in {} is busy; trying again ({})", dataDir, e.getMessage());
                pause(e);
            }
        }
    }

    private static Database attempt(String url, Path dataDir, List<String> migrationLocations, String passphrase) {
        DatabaseAccess.requireLoopback();
        JdbcConnectionPool pool = DatabaseAccess.pool(url, dataDir, passphrase);
        try {
            DatabaseAccess.firstConnection(pool, url, dataDir);
            if (migrationLocations.equals(List.of(Database.MIGRATIONS)) && schemaIsCurrent(pool)) {
                DatabaseFile.restrictH2Files(dataDir);
                return new Database(pool, Database.Engine.H2);
            }
            Flyway flyway = Flyway.configure().dataSource(pool)
                    .locations(migrationLocations.toArray(String[]::new)).load();
            CurrentSchema.refuseNewer(flyway, dataDir);
            flyway.migrate();
            DatabaseFile.restrictH2Files(dataDir);
            return new Database(pool, Database.Engine.H2);
        } catch (SQLException e) {
            pool.dispose();
            throw new StorageUnavailableException(StorageProblems.reasonOf(e), dataDir, e);
        } catch (FlywayException e) {
            pool.dispose();
            throw new StorageUnavailableException(StorageProblems.reasonOfMigration(e), dataDir, e);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** Opens the first connection (creating the file) and tells whether its schema needs no migration. */
    private static boolean schemaIsCurrent(JdbcConnectionPool pool) throws SQLException {
        try (java.sql.Connection connection = pool.getConnection()) {
            return CurrentSchema.isCurrent(connection);
        }
    }

    /** Refuses a file that is no sound database on the outside, before H2 could replace or "repair" it. */
    private static void refuseDamagedFile(Path dataDir) {
        Path file = DatabaseFile.of(dataDir);
        if (Files.exists(file) && !Files.isReadable(file)) {
            throw new StorageUnavailableException(StorageProblem.NOT_READABLE, dataDir,
                    new java.io.IOException("cannot read " + file));
        }
        DatabaseFile.damage(dataDir).ifPresent(damage -> {
            throw new StorageUnavailableException(StorageProblem.CORRUPT, dataDir,
                    new java.io.IOException(file + " is damaged: " + damage));
        });
    }

    private static void pause(StorageUnavailableException busy) {
        try {
            Thread.sleep(RETRY_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy;
        }
    }

}
