package org.huiwu.persistence;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;

import org.h2.tools.ChangeFileEncryption;
import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;

/**
 * Turns on encryption at rest for a data folder's closed database: H2's {@code ChangeFileEncryption} rewrites
 * the file with its AES cipher under the key derived from the passphrase ({@link DatabaseAccess#fileKey}),
 * and the result is opened with the passphrase before this returns. The caller makes a backup first and
 * removes the unencrypted backups after. Stateless; call off the FX thread, with no process holding the
 * database.
 */
public final class DatabaseEncryption {

    private DatabaseEncryption() {
    }

    /**
     * Encrypts the folder's database with the passphrase and checks that it opens with it.
     *
     * @throws StorageUnavailableException {@link StorageProblem#LOCKED} when a process holds the database,
     *     {@link StorageProblem#OTHER} when it is encrypted already or the conversion fails
     */
    public static void encrypt(Path dataDir, String passphrase) {
        if (passphrase == null || passphrase.isBlank()) {
            throw new IllegalArgumentException("an empty passphrase encrypts nothing");
        }
        if (DatabaseFile.isEncrypted(dataDir)) {
            throw new StorageUnavailableException(StorageProblem.OTHER, dataDir,
                    new IllegalStateException("the database is encrypted already"));
        }
        if (DatabaseBackup.inUse(dataDir)) {
            throw new StorageUnavailableException(StorageProblem.LOCKED, dataDir,
                    new IllegalStateException("another process holds the database"));
        }
        String key = DatabaseAccess.fileKey(passphrase, FolderSecret.of(dataDir));
        try {
            ChangeFileEncryption.execute(dataDir.toAbsolutePath().toString(), Database.FILE_NAME, "AES", null,
                    key.toCharArray(), true);
        } catch (SQLException e) {
            throw new StorageUnavailableException(StorageProblem.OTHER, dataDir, e);
        }
        Database.open(dataDir, Duration.ZERO, () -> { }, passphrase).close();
    }
}
