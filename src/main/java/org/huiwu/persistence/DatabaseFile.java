package org.huiwu.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;

/**
 * The H2 file of a data folder as bytes on disk: the JDBC URL that names it (refusing a folder whose name
 * H2 would read as settings), and the checks made before H2 touches it, because H2 silently replaces a
 * zero-length file with an empty database and opens a cut-short file at an older state. Stateless.
 */
final class DatabaseFile {

    /** H2's MVStore block size; both file headers take one block each. */
    private static final int BLOCK = 4096;
    /** The first bytes of a file H2 encrypted with its file cipher. */
    private static final String ENCRYPTED_HEADER = "H2encrypt\n";
    private static final String[] H2_SUFFIXES = {".mv.db", ".lock.db", ".trace.db"};
    private static final Pattern HEADER_BLOCK = Pattern.compile("(?:^|,)block:([0-9a-f]+)(?:,|$)");

    private DatabaseFile() {
    }

    /** The database file inside the folder. */
    static Path of(Path dataDir) {
        return dataDir.resolve(DatabaseBackup.databaseFileName());
    }

    /**
     * The JDBC URL of the folder's database followed by the settings, each given as {@code ;KEY=VALUE}.
     *
     * @throws StorageUnavailableException ({@link StorageProblem#UNSAFE_FOLDER_NAME}) when the folder's path
     *     holds a character H2 would read as the start of a setting; nothing is created then
     */
    static String url(Path dataDir, String settings) {
        String name = dataDir.toAbsolutePath().resolve(Database.FILE_NAME).toString();
        if (name.indexOf(';') >= 0 || name.chars().anyMatch(Character::isISOControl)) {
            throw new StorageUnavailableException(StorageProblem.UNSAFE_FOLDER_NAME, dataDir,
                    new IllegalArgumentException("H2 cannot name a file under " + dataDir));
        }
        return "jdbc:h2:file:" + name + settings;
    }

    /** Whether the folder's database file is encrypted with H2's file cipher (its header says so). */
    static boolean isEncrypted(Path dataDir) {
        Path file = of(dataDir);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(ENCRYPTED_HEADER.length()), StandardCharsets.ISO_8859_1)
                    .equals(ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Takes others' rights from the files H2 made in the folder (the database, its lock file that names the
     * server's key, its trace file). H2 creates them with the process's default permissions, but only inside
     * the data folder, which is private before H2 runs, so no other user could reach them in between.
     */
    static void restrictH2Files(Path dataDir) {
        for (String suffix : H2_SUFFIXES) {
            try {
                PrivateFiles.restrict(dataDir.resolve(Database.FILE_NAME + suffix));
            } catch (IOException e) {
                throw new StorageUnavailableException(StorageProblem.NOT_WRITABLE, dataDir, e);
            }
        }
    }

    /**
     * Why the existing database file of the folder cannot be a sound H2 database, judged from its size and
     * its header alone; empty when there is no file or nothing is wrong with it on the outside.
     */
    static Optional<String> damage(Path dataDir) {
        Path file = of(dataDir);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            return Optional.of("not a regular file");
        }
        try {
            long size = Files.size(file);
            if (size < 2L * BLOCK) {
                return Optional.of("only " + size + " bytes");
            }
            String header;
            try (InputStream in = Files.newInputStream(file)) {
                header = new String(in.readNBytes(BLOCK), StandardCharsets.ISO_8859_1);
            }
            if (header.startsWith(ENCRYPTED_HEADER)) {
                return Optional.empty();
            }
            if (!header.startsWith("H:2,")) {
                return Optional.of("no H2 file header");
            }
            Matcher block = HEADER_BLOCK.matcher(header.substring(0, header.indexOf('\n') < 0
                    ? Math.min(header.length(), 256) : header.indexOf('\n')));
            if (block.find() && (Long.parseLong(block.group(1), 16) + 1) * BLOCK > size) {
                return Optional.of("cut short: the header names block " + block.group(1) + " of " + size + " bytes");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("unreadable: " + e);
        }
    }
}
