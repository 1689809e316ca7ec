package org.huiwu.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.h2.api.ErrorCode;
import org.jdbi.v3.core.Jdbi;

/**
 * H2's own backup of an open database ({@code BACKUP TO}, consistent while the app keeps working), and
 * the checks a restore needs: whether a database folder is in use, and whether an extracted backup opens
 * as an H2 database. Thread-safe; each call uses its own connection.
 */
public final class DatabaseBackup {

    private final Jdbi jdbi;

    public DatabaseBackup(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Writes a zip backup of the open database to the file (which must not exist yet). */
    public void backupTo(Path zip) {
        String file = zip.toAbsolutePath().toString().replace("'", "''");
        jdbi.useHandle(handle -> handle.execute("BACKUP TO '" + file + "'"));
    }

    /** The file name, inside a data folder or a backup zip, of the H2 database. */
    public static String databaseFileName() {
        return Database.FILE_NAME + ".mv.db";
    }

    /**
     * Opens the database in the folder read-only and counts its meetings, failing when it is no H2
     * database of this app.
     */
    public static int checkReadable(Path folder) throws SQLException {
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(Database.FILE_NAME)
                + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT COUNT(*) FROM meeting")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Whether another process (or this one) has the data folder's database open: H2 keeps a lock file
     * beside an open database, and a second process cannot open it.
     */
    public static boolean inUse(Path dataDir) {
        if (java.nio.file.Files.exists(dataDir.resolve(Database.FILE_NAME + ".lock.db"))) {
            return true;
        }
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(Database.FILE_NAME) + ";IFEXISTS=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            return false;
        } catch (SQLException e) {
            return e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1;
        }
    }
}
