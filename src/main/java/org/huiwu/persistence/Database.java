package org.huiwu.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the embedded H2 file database of one data folder: its connection pool, the Flyway migrations
 * and the single {@link Jdbi} instance that every DAO is attached to.
 *
 * <p>The database runs in H2's auto-server mode, so a second process on the same folder (a second
 * window or an export command) connects to the first instead of failing; {@link DatabaseAccess} keeps that
 * server on the loopback address and logs in with the folder's own secret. {@code WRITE_DELAY=0}
 * writes every commit to the file before the commit returns, so a confirmed action survives the JVM
 * being killed right after.
 *
 * <p>Every statement is checked by {@link FxThreadGuard}: none may run on the JavaFX application thread.
 *
 * <p>Thread-safe. Callers must never interrupt a thread that is inside a database call: an interrupt
 * during file I/O makes H2 close its file channel.
 */
public final class Database implements AutoCloseable {

    /** Name of the database file (without H2's {@code .mv.db} suffix) inside the data folder. */
    public static final String FILE_NAME = "huiwu";
    /** The Flyway location of the app's migrations. */
    static final String MIGRATIONS = "classpath:db/migration";
    /**
     * Auto-server, every commit on disk before it returns, and a lock wait long enough for a merge in
     * another process to finish its transaction.
     */
    private static final String SETTINGS = ";AUTO_SERVER=TRUE;WRITE_DELAY=0;LOCK_TIMEOUT=10000";
    private static final long RETRY_PAUSE_MILLIS = 250;
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    static {
        DatabaseAccess.bindToLoopback();
    }

    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final java.util.Queue<LazyDao<?>> handedOut = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
        this.jdbi.addCustomizer(new StatementCustomizer() {
            @Override
            public void beforeExecution(PreparedStatement statement, StatementContext context) {
                FxThreadGuard.check("SQL statement " + context.getRawSql());
            }
        });
    }

    /**
     * Opens (creating if needed) the database in {@code dataDir} and brings its schema up to date, failing at
     * once when another program holds it.
     *
     * @throws StorageUnavailableException with a reason the UI can explain when the file is damaged,
     *     locked, from a newer version of the app, cannot be written, or the folder cannot be named
     */
    public static Database open(Path dataDir) {
        return open(dataDir, Duration.ZERO, () -> { });
    }

    /**
     * Opens the database like {@link #open(Path)}, but while another process holds it (busy, locked, or
     * just opening or closing it) tries again for up to {@code wait}; {@code waiting} runs once, on the
     * calling thread, before the first wait.
     */
    public static Database open(Path dataDir, Duration wait, Runnable waiting) {
        return open(dataDir, List.of(MIGRATIONS), wait, waiting, null);
    }

    /**
     * Opens the database like {@link #open(Path, Duration, Runnable)}; an encrypted one with the passphrase
     * (ignored for a database that is not encrypted).
     *
     * @throws StorageUnavailableException {@link StorageProblem#PASSPHRASE_NEEDED} or
     *     {@link StorageProblem#WRONG_PASSPHRASE} for an encrypted database; nothing was changed then
     */
    public static Database open(Path dataDir, Duration wait, Runnable waiting, String passphrase) {
        return open(dataDir, List.of(MIGRATIONS), wait, waiting, passphrase);
    }

    /** Whether the folder's database is encrypted, so that it needs a passphrase to open. */
    public static boolean isEncrypted(Path dataDir) {
        return DatabaseFile.isEncrypted(dataDir);
    }

    /** Opens the database with the migrations of the given Flyway locations (tests add a test-only one). */
    static Database open(Path dataDir, List<String> migrationLocations) {
        return open(dataDir, migrationLocations, Duration.ZERO, () -> { }, null);
    }

    private static Database open(Path dataDir, List<String> migrationLocations, Duration wait, Runnable waiting,
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
            if (migrationLocations.equals(List.of(MIGRATIONS)) && schemaIsCurrent(pool)) {
                DatabaseFile.restrictH2Files(dataDir);
                return new Database(pool);
            }
            Flyway flyway = Flyway.configure().dataSource(pool)
                    .locations(migrationLocations.toArray(String[]::new)).load();
            refuseNewerSchema(flyway, dataDir);
            flyway.migrate();
            DatabaseFile.restrictH2Files(dataDir);
            return new Database(pool);
        } catch (SQLException e) {
            pool.dispose();
            throw new StorageUnavailableException(reasonOf(e), dataDir, e);
        } catch (FlywayException e) {
            pool.dispose();
            throw new StorageUnavailableException(reasonOfMigration(e), dataDir, e);
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

    /**
     * Refuses a database whose schema history holds a migration this app does not know and that is newer
     * than all it knows: it was written by a newer version of the app, and this one would misread it.
     */
    static void refuseNewerSchema(Flyway flyway, Path dataDir) {
        for (MigrationInfo applied : flyway.info().applied()) {
            if (applied.getState() == MigrationState.FUTURE_SUCCESS || applied.getState() == MigrationState.FUTURE_FAILED) {
                throw new StorageUnavailableException(StorageProblem.NEWER_VERSION, dataDir,
                        new IllegalStateException("schema version " + applied.getVersion() + " is newer than this app"));
            }
        }
    }

    private static void pause(StorageUnavailableException busy) {
        try {
            Thread.sleep(RETRY_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy;
        }
    }

    /**
     * Refuses a data folder whose path the database cannot take in a file name, before anything is created.
     *
     * @throws StorageUnavailableException ({@link StorageProblem#UNSAFE_FOLDER_NAME})
     */
    public static void requireNameable(Path dataDir) {
        DatabaseFile.url(dataDir, "");
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * A SqlObject DAO, attached on its first call (not here, so building the composition root reads no DAO
     * annotations); it opens a pooled handle per call and is thread-safe.
     */
    public <T> T dao(Class<T> type) {
        return LazyDao.of(jdbi, type, handedOut::add);
    }

    /**
     * Attaches every DAO handed out so far, on a daemon thread of its own, so that the first use of a feature
     * does not pay for it while the caller goes on (the window's start, decision 0023). Attaching runs no
     * statement; a DAO that cannot be attached fails again, with its message, at its first call.
     */
    public void attachInBackground() {
        List<LazyDao<?>> daos = List.copyOf(handedOut);
        Thread thread = new Thread(() -> {
            for (LazyDao<?> dao : daos) {
                try {
                    dao.attach();
                } catch (RuntimeException e) {
                    LOG.debug("Attaching a DAO ahead of its first call failed; its first call reports it", e);
                }
            }
        }, "huiwu-dao-attach");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        pool.dispose();
    }

    /** The storage problem behind a failed DAO call, or empty when the failure did not come from H2. */
    public static java.util.Optional<StorageProblem> problemOf(Throwable failure) {
        if (DiskFull.causes(failure)) {
            return java.util.Optional.of(StorageProblem.DISK_FULL);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StorageUnavailableException unavailable) {
                return java.util.Optional.of(unavailable.problem());
            }
            if (t instanceof SQLException sql) {
                return java.util.Optional.of(reasonOf(sql));
            }
        }
        return java.util.Optional.empty();
    }

    private static StorageProblem reasonOf(SQLException e) {
        if (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
            return StorageProblem.WRONG_PASSPHRASE;
        }
        if (DiskFull.causes(e)) {
            return StorageProblem.DISK_FULL;
        }
        StorageProblem fromStore = reasonOfStore(e);
        if (fromStore != null) {
            return fromStore;
        }
        if (e.getErrorCode() == ErrorCode.ERROR_OPENING_DATABASE_1 && String.valueOf(e.getMessage()).contains("Lock file")) {
            return StorageProblem.LOCKED;
        }
        return switch (e.getErrorCode()) {
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1 -> StorageProblem.CORRUPT;
            case ErrorCode.DATABASE_ALREADY_OPEN_1, ErrorCode.CONNECTION_BROKEN_1, ErrorCode.LOCK_TIMEOUT_1,
                 ErrorCode.DEADLOCK_1, ErrorCode.DATABASE_CALLED_AT_SHUTDOWN ->
                    StorageProblem.LOCKED;
            case ErrorCode.FILE_CREATION_FAILED_1, ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2 ->
                    StorageProblem.NOT_WRITABLE;
            default -> StorageProblem.OTHER;
        };
    }

    /** The problem an MVStore failure in the cause chain names (H2 wraps it in a general error), or null. */
    private static StorageProblem reasonOfStore(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MVStoreException store) {
                return switch (store.getErrorCode()) {
                    case DataUtils.ERROR_READING_FAILED, DataUtils.ERROR_FILE_CORRUPT, DataUtils.ERROR_CHUNK_NOT_FOUND,
                         DataUtils.ERROR_BLOCK_NOT_FOUND, DataUtils.ERROR_UNSUPPORTED_FORMAT,
                         DataUtils.ERROR_SERIALIZATION -> StorageProblem.CORRUPT;
                    case DataUtils.ERROR_FILE_LOCKED, DataUtils.ERROR_TRANSACTION_LOCKED,
                         DataUtils.ERROR_TRANSACTIONS_DEADLOCK -> StorageProblem.LOCKED;
                    case DataUtils.ERROR_WRITING_FAILED -> StorageProblem.NOT_WRITABLE;
                    default -> null;
                };
            }
        }
        return null;
    }

    private static StorageProblem reasonOfMigration(FlywayException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("not resolved locally") || message.contains("newer")) {
            return StorageProblem.NEWER_VERSION;
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return reasonOf(sql);
            }
        }
        StorageProblem fromStore = reasonOfStore(e);
        return fromStore == null ? StorageProblem.OTHER : fromStore;
    }
}
