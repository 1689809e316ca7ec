package org.huiwu.logic.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;
import org.huiwu.persistence.DatabaseBackup;
import org.huiwu.persistence.FolderSecret;
import org.huiwu.persistence.PrivateFiles;

/**
 * Checking a backup and restoring it: a backup is unpacked into a hidden scratch folder of the data folder and
 * must read back as a database of this app (every table, and not from a newer version of the app) before anything
 * else happens; restoring then replaces the database (the app must be closed), keeping the previous one beside it.
 * The scratch folder is always removed. Stateless; call from a background thread.
 */
public final class BackupRestore {

    private BackupRestore() {
    }

    /**
     * Replaces the data folder's database with the backup, after checking the backup opens as a database.
     * The previous database is kept beside it as {@code huiwu.mv.db.before-restore}.
     *
     * @return the number of meetings in the restored database
     * @throws BackupRejectedException when the database is in use or the backup is not a sound database
     */
    public static int restore(Path backup, Path dataDir) {
        return restore(backup, dataDir, null);
    }

    /** Like {@link #restore(Path, Path)}, checking an encrypted backup with the passphrase. */
    public static int restore(Path backup, Path dataDir, String passphrase) {
        if (DatabaseBackup.inUse(dataDir)) {
            throw new BackupRejectedException(BackupRejectedException.Reason.IN_USE, backup, null);
        }
        Path staging = dataDir.resolve(".restore-" + System.nanoTime());
        try {
            int meetings = extractAndCheck(backup, staging, passphrase);
            Path current = dataDir.resolve(DatabaseBackup.databaseFileName());
            if (Files.exists(current)) {
                Files.move(current, current.resolveSibling(current.getFileName() + ".before-restore"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(staging.resolve(DatabaseBackup.databaseFileName()), current);
            Path secret = staging.resolve(FolderSecret.FILE_NAME);
            if (Files.exists(secret)) {
                Path kept = dataDir.resolve(FolderSecret.FILE_NAME);
                if (Files.exists(kept)) {
                    Files.move(kept, kept.resolveSibling(kept.getFileName() + ".before-restore"),
                            StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(secret, kept);
            }
            return meetings;
        } catch (IOException e) {
            throw new BackupRejectedException(BackupRejectedException.Reason.NOT_A_BACKUP, backup, e);
        } finally {
            deleteTree(staging);
        }
    }

    /**
     * Checks that the backup opens as a database of this app, touching nothing in the data folder but a
     * hidden scratch folder that is removed again.
     *
     * @return the number of meetings in the backup
     * @throws BackupRejectedException when the backup is not a sound database
     */
    public static int check(Path backup, Path dataDir) {
        return check(backup, dataDir, null);
    }

    /** Like {@link #check(Path, Path)}, opening an encrypted backup with the passphrase. */
    public static int check(Path backup, Path dataDir, String passphrase) {
        Path staging = dataDir.resolve(".check-" + System.nanoTime());
        try {
            return extractAndCheck(backup, staging, passphrase);
        } finally {
            deleteTree(staging);
        }
    }

    private static int extractAndCheck(Path backup, Path staging, String passphrase) {
        try {
            PrivateFiles.createFolders(staging);
            extract(backup, staging);
            if (!Files.isRegularFile(staging.resolve(DatabaseBackup.databaseFileName()))) {
                throw new BackupRejectedException(BackupRejectedException.Reason.NOT_A_BACKUP, backup, null);
            }
            return DatabaseBackup.checkReadable(staging, passphrase);
        } catch (StorageUnavailableException e) {
            throw new BackupRejectedException(e.problem() == StorageProblem.NEWER_VERSION
                    ? BackupRejectedException.Reason.NEWER_VERSION : BackupRejectedException.Reason.NOT_A_BACKUP, backup, e);
        } catch (IOException | SQLException e) {
            throw new BackupRejectedException(BackupRejectedException.Reason.NOT_A_BACKUP, backup, e);
        }
    }

    private static void extract(Path zip, Path folder) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                if (!entry.isDirectory() && target.startsWith(folder) && target.getParent().equals(folder)) {
                    Files.deleteIfExists(target);
                    try (OutputStream out = PrivateFiles.newOutputStream(target)) {
                        entries.transferTo(out);
                    }
                }
            }
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(BackupRestore::deleteQuietly);
        } catch (IOException ignored) {
            // a leftover hidden staging folder does no harm
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // nothing more can be done about a file that will not go
        }
    }
}
