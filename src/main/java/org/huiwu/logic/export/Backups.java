package org.huiwu.logic.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.huiwu.persistence.DatabaseBackup;
import org.huiwu.persistence.PrivateFiles;

/**
 * Rolling backups of a data folder's database in its {@code backups} folder (H2's online backup, so the
 * app keeps working), keeping the newest K, each read back whole ({@link BackupRestore#check}) before it is
 * kept. Checking and restoring a backup is {@link BackupRestore}. Stateless apart from its collaborators;
 * call from a background thread.
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
                BackupRestore.check(temp, dataDir, database.passphrase());
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
    public static Optional<Path> latestIn(Path dataDir) {
        try {
            List<Path> all = listIn(dataDir);
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
        } catch (IOException e) {
            return Optional.empty();
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

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // nothing more can be done about a file that will not go
        }
    }
}
