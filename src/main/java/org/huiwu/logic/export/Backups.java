package org.huiwu.logic.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;
import org.huiwu.persistence.DatabaseAccess;
import org.huiwu.persistence.DatabaseBackup;
import org.huiwu.persistence.PrivateFiles;

/**
 * Rolling backups of a data folder's database in its {@code backups} folder (H2's online backup, so the
 * app keeps working), keeping the newest K, each read back whole before it is kept; and restoring one,
 * which first checks that every table of the backup reads back and that it is not from a newer version of
 * the app, and only then replaces the database (the app must be closed). Stateless apart from its
 * collaborators; call from a background thread.
 */
public final class Backups {

    /** The folder inside the data folder that holds the backups. */
    public static final String FOLDER = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final DatabaseBackup database;
    private final Path dataDir;
    private final Clock clock;
    private final int keep;

    public Backups(DatabaseBackup database, Path dataDir, Clock clock, int keep) {
        this.database = database;
        this.dataDir = dataDir;
        this.clock = clock;
        this.keep = keep;
    }

    /**
     * Backs the database up now, reads every table of the backup back, and only then keeps it and removes
     * all but the newest backups; returns the new file. Every backup in the folder has therefore been read
     * back whole, and rotation never removes the newest of them.
     *
     * @throws ExportFailedException {@link ExportProblem#DAMAGED} when the backup does not read back (the
     *     database is damaged; the older backups are all kept), else {@link ExportProblem#NOT_WRITABLE}
     */
    public Path backUp() {
        Path folder = dataDir.resolve(FOLDER);
        Path target = folder.resolve("huiwu-" + STAMP.format(clock.instant()) + ".zip");
        if (database.onServer()) {
            throw new ExportFailedException(ExportProblem.ON_VENUE_SERVER, target,
                    new IllegalStateException("the records are on the venue server"));
        }
        Path temp = folder.resolve("." + target.getFileName() + ".part");
        try {
            PrivateFiles.createFolders(folder);
            Files.deleteIfExists(temp);
            PrivateFiles.createFile(temp);
            database.backupTo(temp);
            try {
                check(temp, dataDir, database.passphrase());
            } catch (BackupRejectedException e) {
                deleteQuietly(temp);
                throw new ExportFailedException(ExportProblem.DAMAGED, target, e);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            List<Path> all = list();
            for (Path old : all.subList(0, Math.max(0, all.size() - keep))) {
                Files.deleteIfExists(old);
            }
            return target;
        } catch (ExportFailedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw new ExportFailedException(ExportProblem.NOT_WRITABLE, target, e);
        }
    }

    /** The backups in the data folder, oldest first. */
    public List<Path> list() throws IOException {
        return listIn(dataDir);
    }

    /** The newest backup in the data folder, if any (each was read back whole when it was made). */
    public static java.util.Optional<Path> latestIn(Path dataDir) {
        try {
            List<Path> all = listIn(dataDir);
            return all.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(all.get(all.size() - 1));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** The backups in the data folder, oldest first. */
    public static List<Path> listIn(Path dataDir) throws IOException {
        Path folder = dataDir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("huiwu-.*\\.zip"))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
        }
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
            Path secret = staging.resolve(DatabaseAccess.SECRET_FILE);
            if (Files.exists(secret)) {
                Path kept = dataDir.resolve(DatabaseAccess.SECRET_FILE);
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
            files.sorted(Comparator.reverseOrder()).forEach(Backups::deleteQuietly);
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
