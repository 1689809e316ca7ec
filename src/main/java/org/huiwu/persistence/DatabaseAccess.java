package org.huiwu.persistence;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.h2.api.ErrorCode;
import org.h2.engine.SysProperties;
import org.h2.jdbcx.JdbcConnectionPool;
import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;

/**
 * Who may reach a data folder's database, and how (decision record 0026). H2's auto-server, which lets a
 * command work on the folder while the window holds it, is bound to the loopback address alone (H2's
 * {@code h2.bindAddress}, set before H2 reads its settings); the key it writes into its lock file changes at
 * every start and lies in the private data folder. The database user's password is the folder's own secret:
 * 32 random bytes made when the folder's database is first opened, kept in {@value FolderSecret#FILE_NAME} (private
 * to the user) and carried inside each backup. A database from before secrets existed (empty password) gets
 * the secret as its password the first time it is opened ({@link FolderSecret}). Stateless apart from the process-wide H2
 * setting; thread-safe.
 */
public final class DatabaseAccess {

    static final String USER = "SA";
    private static final String LOOPBACK = "127.0.0.1";
    private static final String BIND_PROPERTY = "h2.bindAddress";
    /**
     * The URL settings that make H2 encrypt the file with AES, and write no trace file: a trace beside an
     * encrypted database would hold statements (and so data) in plain text.
     */
    static final String CIPHER = ";CIPHER=AES;TRACE_LEVEL_FILE=0";
    private static final int ITERATIONS = 210_000;

    static {
        bindToLoopback();
    }

    private DatabaseAccess() {
    }

    /**
     * Makes every H2 server of this process listen on the loopback address only. Call before anything reads
     * H2's settings; the launcher does so first thing, and this class on loading.
     */
    public static void bindToLoopback() {
        if (System.getProperty(BIND_PROPERTY) == null) {
            System.setProperty(BIND_PROPERTY, LOOPBACK);
        }
    }

    /**
     * Refuses to serve the database when H2 read its settings before {@link #bindToLoopback} ran, so its
     * auto-server would listen on every interface.
     */
    static void requireLoopback() {
        if (!LOOPBACK.equals(SysProperties.BIND_ADDRESS)) {
            throw new IllegalStateException("H2 would serve the database on " + SysProperties.BIND_ADDRESS
                    + " instead of " + LOOPBACK + ": DatabaseAccess.bindToLoopback() ran too late");
        }
    }

    /**
     * A pool on the folder's database that logs in with its secret; an encrypted database also gets H2's file
     * cipher and the file key derived from the passphrase.
     *
     * @throws StorageUnavailableException ({@link StorageProblem#PASSPHRASE_NEEDED}) when the database is
     *     encrypted and no passphrase was given
     */
    static JdbcConnectionPool pool(String url, Path dataDir, String passphrase) {
        if (!DatabaseFile.isEncrypted(dataDir)) {
            return JdbcConnectionPool.create(url, USER, FolderSecret.of(dataDir));
        }
        if (passphrase == null || passphrase.isEmpty()) {
            throw new StorageUnavailableException(StorageProblem.PASSPHRASE_NEEDED, dataDir,
                    new IllegalStateException("the database is encrypted"));
        }
        return JdbcConnectionPool.create(url + CIPHER, USER, fileKey(passphrase, FolderSecret.of(dataDir)) + " " + FolderSecret.of(dataDir));
    }

    /** A pool on a copy of a database (an extracted backup), logging in with the secret the copy carries. */
    static JdbcConnectionPool poolOnCopy(String url, Path folder, String passphrase) {
        String secret = FolderSecret.ofCopy(folder);
        if (!DatabaseFile.isEncrypted(folder)) {
            return JdbcConnectionPool.create(url, USER, secret);
        }
        if (passphrase == null || passphrase.isEmpty()) {
            throw new StorageUnavailableException(StorageProblem.PASSPHRASE_NEEDED, folder,
                    new IllegalStateException("the copy is encrypted"));
        }
        return JdbcConnectionPool.create(url + CIPHER, USER, fileKey(passphrase, secret) + " " + secret);
    }

    /**
     * The key H2's file cipher is given for a passphrase: PBKDF2 (HMAC-SHA-256, {@value #ITERATIONS} rounds)
     * of the passphrase salted with the folder's secret, as hex, so a passphrase may hold spaces and any
     * character and a guess costs a fraction of a second.
     */
    static String fileKey(String passphrase, String salt) {
        try {
            SecretKeyFactory pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            byte[] key = pbkdf2.generateSecret(new PBEKeySpec(passphrase.toCharArray(),
                    salt.getBytes(StandardCharsets.US_ASCII), ITERATIONS, 256)).getEncoded();
            return HexFormat.of().formatHex(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is part of every JDK", e);
        }
    }

    /**
     * Opens the pool's first connection; a database from before secrets existed, which refuses the secret,
     * is given it as its password first (with the empty password it still has, the only time that is tried).
     */
    static void firstConnection(JdbcConnectionPool pool, String url, Path dataDir) throws SQLException {
        try {
            pool.getConnection().close();
        } catch (SQLException refused) {
            if (refused.getErrorCode() != ErrorCode.WRONG_USER_OR_PASSWORD) {
                throw refused;
            }
            if (DatabaseFile.isEncrypted(dataDir)) {
                // the process serving the database refused the file key: H2 says "wrong password" over TCP
                throw new StorageUnavailableException(StorageProblem.WRONG_PASSPHRASE, dataDir, refused);
            }
            try (Connection legacy = DriverManager.getConnection(url, USER, "");
                 Statement statement = legacy.createStatement()) {
                statement.execute("ALTER USER " + USER + " SET PASSWORD '" + FolderSecret.of(dataDir) + "'");
            } catch (SQLException notLegacy) {
                refused.addSuppressed(notLegacy);
                throw refused;
            }
            pool.getConnection().close();
        }
    }

    /** Opens one connection to the folder's database with its secret (the empty one for a legacy file). */
    static Connection connect(String url, Path dataDir) throws SQLException {
        String secret = FolderSecret.ofCopy(dataDir);
        try {
            return DriverManager.getConnection(url, USER, secret);
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.WRONG_USER_OR_PASSWORD || secret.isEmpty()) {
                throw e;
            }
            return DriverManager.getConnection(url, USER, "");
        }
    }
}
