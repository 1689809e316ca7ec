package org.huiwu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.huiwu.logic.export.Backups;
import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;
import org.huiwu.persistence.DatabaseEncryption;

/**
 * Turns on encryption at rest for a closed data folder, the way the window does it when a 涉密 meeting asks
 * for it at start (the {@code encrypt} command does the same steps under its turn file): a backup first, the
 * database encrypted with the passphrase, the unencrypted backups removed, the attachments encrypted (when the
 * folder is next opened, by {@link AppContext}) and a first encrypted backup made. Stateless; call off the FX
 * thread with no process holding the folder.
 */
public final class FolderEncryption {

    private FolderEncryption() {
    }

    /**
     * Encrypts the folder and opens it with the passphrase; returns the opened folder.
     *
     * @throws StorageUnavailableException when the folder is held by another process or cannot be encrypted
     */
    public static AppContext encryptAndOpen(Path dataDir, String passphrase, Clock clock) {
        try (AppContext plain = AppContext.open(dataDir, clock)) {
            plain.backups(Integer.MAX_VALUE).backUp();
        }
        DatabaseEncryption.encrypt(dataDir, passphrase);
        try {
            List<Path> unencrypted = Backups.listIn(dataDir);
            for (Path backup : unencrypted) {
                Files.deleteIfExists(backup);
            }
        } catch (IOException e) {
            throw new StorageUnavailableException(StorageProblem.NOT_WRITABLE, dataDir, e);
        }
        AppContext encrypted = AppContext.open(dataDir, clock, Duration.ZERO, () -> { }, passphrase);
        encrypted.backups(10).backUp();
        return encrypted;
    }
}
