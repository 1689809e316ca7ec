package org.huiwu.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;

import org.h2.api.ErrorCode;
import org.jdbi.v3.core.Jdbi;

/**
 * H2's own backup of an open database ({@code BACKUP TO}, consistent while the app keeps working), and
 * the checks a restore needs: whether a database folder is in use, and whether an extracted backup opens
 * as an H2 database. Thread-safe; each call uses its own connection.
 */
public final class DatabaseBackup {

    static {
        DatabaseAccess.bindToLoopback();
    }

    private final Jdbi jdbi;
    private final Path dataDir;
    private final String passphrase;
    private final boolean onServer;

    /** The backup of the folder's open database; the passphrase (null when not encrypted) checks its copies. */
    public DatabaseBackup(Jdbi jdbi, Path dataDir, String passphrase) {
        this(jdbi, dataDir, passphrase, false);
    }

    /** The backup of the open store; a venue server's store is backed up by its administrator, not here. */
    public DatabaseBackup(Database database, Path dataDir, String passphrase) {
        this(database.jdbi(), dataDir, passphrase, database.engine() == Database.Engine.POSTGRESQL);
    }

    private DatabaseBackup(Jdbi jdbi, Path dataDir, String passphrase, boolean onServer) {
        this.jdbi = jdbi;
        this.dataDir = dataDir;
        this.passphrase = passphrase;
        this.onServer = onServer;
    }

    /**
     * Whether the records are on a venue's PostgreSQL server: the server's own backups (the venue's
     * {@code pg_dump}) keep them, and this laptop writes none (decision 0030).
     */
    public boolean onServer() {
        return onServer;
    }

    /** The passphrase the database was opened with, to check a backup of it; null when not encrypted. */
    public String passphrase() {
        return passphrase;
    }

    /**
     * Writes a zip backup of the open database to the file, which must not exist or be empty; H2 writes into
     * an existing empty file and keeps its permissions, so a file created private stays private. The backup
     * carries the database's secret ({@link DatabaseAccess#SECRET_FILE}) so that it opens wherever it is restored.
     */
    public void backupTo(Path zip) {
        if (onServer) {
            throw new IllegalStateException("the records are on the venue server; its administrator backs them up");
        }
        String file = zip.toAbsolutePath().toString().replace("'", "''");
        jdbi.useHandle(handle -> handle.execute("BACKUP TO '" + file + "'"));
        try (FileSystem entries = FileSystems.newFileSystem(zip, Map.of())) {
            Files.writeString(entries.getPath(FolderSecret.FILE_NAME), FolderSecret.of(dataDir),
                    StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name, inside a data folder or a backup zip, of the H2 database. */
    public static String databaseFileName() {
        return Database.FILE_NAME + ".mv.db";
    }

    /**
     * Opens the database in the folder read-only and reads every row of every table back, failing when it
     * is no sound H2 database of this app or was written by a newer version of it.
     *
     * @return the number of meetings in it
     * @throws StorageUnavailableException when the file is damaged or from a newer version of the app
     * @throws SQLException when it opens but is no database of this app
     */
    public static int checkReadable(Path folder) throws SQLException {
        return checkReadable(folder, null);
    }

    /**
     * Like {@link #checkReadable(Path)}, opening an encrypted copy with the passphrase.
     *
     * @throws StorageUnavailableException also {@link StorageProblem#PASSPHRASE_NEEDED} or
     *     {@link StorageProblem#WRONG_PASSPHRASE} for an encrypted copy
     */
    public static int checkReadable(Path folder, String passphrase) throws SQLException {
        DatabaseFile.damage(folder).ifPresent(damage -> {
            throw new StorageUnavailableException(StorageProblem.CORRUPT, folder, new SQLException(damage));
        });
        String url = DatabaseFile.url(folder, ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE");
        JdbcConnectionPool pool = DatabaseAccess.poolOnCopy(url, folder, passphrase);
        try {
            CurrentSchema.refuseNewer(Flyway.configure().dataSource(pool).locations(Database.MIGRATIONS).load(), folder);
            try (Connection connection = pool.getConnection()) {
                readEveryRow(connection);
                try (Statement statement = connection.createStatement();
                     var rs = statement.executeQuery("SELECT COUNT(*) FROM meeting")) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        } catch (FlywayException e) {
            throw new SQLException("schema history unreadable", e);
        } catch (RuntimeException e) {
            if (e instanceof StorageUnavailableException) {
                throw e;
            }
            throw new SQLException("database unreadable", e);
        } finally {
            pool.dispose();
        }
    }

    /** Reads every column of every row of every table of the app's schema; H2 fails on a damaged page. */
    private static void readEveryRow(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            try (Statement statement = connection.createStatement();
                 var rs = statement.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int column = 1; column <= columns; column++) {
                        rs.getObject(column);
                    }
                }
            }
        }
    }

    /**
     * Whether another process (or this one) has the data folder's database open; a folder whose name the
     * database cannot take is refused with a {@link StorageUnavailableException}. A lock file left behind by
     * a killed process does not count: H2 sees that its owner no longer answers and takes the lock over.
     */
    public static boolean inUse(Path dataDir) {
        String url = DatabaseFile.url(dataDir, ";IFEXISTS=TRUE;OPEN_NEW=TRUE");
        if (!Files.exists(DatabaseFile.of(dataDir)) || DatabaseFile.damage(dataDir).isPresent()) {
            return false;
        }
        try (Connection connection = DatabaseAccess.connect(url, dataDir)) {
            return false;
        } catch (SQLException e) {
            return e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1;
        }
    }
}
