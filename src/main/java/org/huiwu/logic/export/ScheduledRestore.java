package org.huiwu.logic.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.huiwu.persistence.PrivateFiles;

/**
 * A restore asked for from the window, where the running app holds the database: the backup is checked
 * at once (a failed check changes nothing), a copy is left in the data folder as
 * {@value #PENDING}, and the next start restores it before the database is opened (checking it again;
 * the old database is kept as {@code huiwu.mv.db.before-restore}). Stateless; call from a background
 * thread, or at start-up before the database is opened.
 */
public final class ScheduledRestore {

    /** The file in the data folder that holds a checked backup waiting for the next start. */
    public static final String PENDING = "restore-pending.zip";
    /** What a pending restore that failed its second check is renamed to, so it is not tried again. */
    public static final String FAILED = "restore-failed.zip";

    private final Path dataDir;
    private final String passphrase;

    public ScheduledRestore(Path dataDir) {
        this(dataDir, null);
    }

    /** Restores into the folder; an encrypted backup is checked with the passphrase (null when none). */
    public ScheduledRestore(Path dataDir, String passphrase) {
        this.dataDir = dataDir;
        this.passphrase = passphrase;
    }

    /**
     * Checks the backup and, when it is sound, leaves it to be restored at the next start.
     *
     * @return the number of meetings in the backup
     * @throws BackupRejectedException when the backup is not a sound database (nothing is scheduled)
     */
    public int schedule(Path backup) {
        int meetings = BackupRestore.check(backup, dataDir, passphrase);
        Path pending = dataDir.resolve(PENDING);
        Path temp = dataDir.resolve("." + PENDING + ".part");
        try {
            Files.deleteIfExists(temp);
            try (java.io.OutputStream out = PrivateFiles.newOutputStream(temp)) {
                Files.copy(backup, out);
            }
            Files.move(temp, pending, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ExportFailedException(ExportProblem.NOT_WRITABLE, pending, e);
        }
        return meetings;
    }

    /** Whether a restore waits for the next start. */
    public boolean pending() {
        return Files.isRegularFile(dataDir.resolve(PENDING));
    }

    /**
     * Restores a waiting backup; call before the database is opened. A backup that fails its check is
     * renamed to {@value #FAILED} and the database is left as it was (a database still in use by another
     * process leaves the restore waiting).
     *
     * @return the number of meetings restored, or empty when no restore was waiting
     * @throws BackupRejectedException when the waiting backup failed its check
     */
    public Optional<Integer> restoreIfPending() {
        Path pending = dataDir.resolve(PENDING);
        if (!Files.isRegularFile(pending)) {
            return Optional.empty();
        }
        try {
            int meetings = BackupRestore.restore(pending, dataDir, passphrase);
            Files.deleteIfExists(pending);
            return Optional.of(meetings);
        } catch (BackupRejectedException e) {
            if (e.reason() == BackupRejectedException.Reason.IN_USE) {
                throw e;
            }
            try {
                Files.move(pending, dataDir.resolve(FAILED), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // the next start tries again and fails the same way; the database stays untouched
            }
            throw e;
        } catch (IOException e) {
            throw new ExportFailedException(ExportProblem.NOT_WRITABLE, pending, e);
        }
    }
}
