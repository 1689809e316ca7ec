package org.huiwu.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Objects;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * Owns the embedded H2 file database of one data folder: its connection pool, the Flyway migrations
 * and the single {@link Jdbi} instance that every DAO is attached to.
 *
 * <p>The database runs in H2's auto-server mode, so a second process on the same folder (a second
 * window or an export command) connects to the first instead of failing. {@code WRITE_DELAY=0}
 * writes every commit to the file before the commit returns, so a confirmed action survives the JVM
 * being killed right after.
 *
 * <p>Thread-safe. Callers must never interrupt a thread that is inside a database call: an interrupt
 * during file I/O makes H2 close its file channel.
 */
public final class Database implements AutoCloseable {

    /** Name of the database file (without H2's {@code .mv.db} suffix) inside the data folder. */
    public static final String FILE_NAME = "huiwu";

    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
    }

    /**
     * Opens (creating if needed) the database in {@code dataDir} and brings its schema up to date.
     *
     * @throws StorageUnavailableException with a reason the UI can explain when the file is corrupt,
     *     locked, from a newer version of the app, or cannot be written
     */
    public static Database open(Path dataDir) {
        Objects.requireNonNull(dataDir, "dataDir");
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new StorageUnavailableException(StorageProblem.NOT_WRITABLE, dataDir, e);
        }
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(FILE_NAME)
                + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            pool.getConnection().close();
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            return new Database(pool);
        } catch (SQLException e) {
            pool.dispose();
            throw new StorageUnavailableException(reasonOf(e), dataDir, e);
        } catch (FlywayException e) {
            pool.dispose();
            throw new StorageUnavailableException(reasonOfMigration(e), dataDir, e);
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Attaches a SqlObject DAO; the DAO opens a pooled handle per call and is thread-safe. */
    public <T> T dao(Class<T> type) {
        return jdbi.onDemand(type);
    }

    @Override
    public void close() {
        pool.dispose();
    }

    /** The storage problem behind a failed DAO call, or empty when the failure did not come from H2. */
    public static java.util.Optional<StorageProblem> problemOf(Throwable failure) {
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
        if (isDiskFull(e)) {
            return StorageProblem.DISK_FULL;
        }
        return switch (e.getErrorCode()) {
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1 -> StorageProblem.CORRUPT;
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> StorageProblem.LOCKED;
            case ErrorCode.FILE_CREATION_FAILED_1, ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2 ->
                    StorageProblem.NOT_WRITABLE;
            default -> StorageProblem.OTHER;
        };
    }

    /** H2 2.x reports a full disk only through the operating system's message in the cause chain. */
    private static boolean isDiskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("No space left on device") || message.contains("not enough space on the disk")) {
                return true;
            }
        }
        return false;
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
        return StorageProblem.OTHER;
    }
}
