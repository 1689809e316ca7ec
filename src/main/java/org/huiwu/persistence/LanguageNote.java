package org.huiwu.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The interface language of a data folder kept beside its database, in {@value #FILE}, so that what is
 * shown before the database opens (the passphrase of an encrypted folder, a folder that cannot be opened)
 * is in the user's language. It holds a language's name only, nothing personal; the database keeps the
 * setting too and stays its source. Written private and whole (a temporary file moved into place).
 * Stateless; call off the FX thread (before the window exists at start).
 */
public final class LanguageNote {

    /** The file in the data folder. */
    public static final String FILE = "huiwu.language";
    private static final int LONGEST = 40;

    private LanguageNote() {
    }

    /** The language name noted in the folder; empty when none is, or it cannot be read. */
    public static Optional<String> read(Path dataDir) {
        return readName(dataDir, FILE);
    }

    /** The name noted in {@code fileName} in the folder; empty when none is, or it cannot be read. */
    static Optional<String> readName(Path dataDir, String fileName) {
        Path file = dataDir.resolve(fileName);
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > LONGEST) {
                return Optional.empty();
            }
            String name = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return name.matches("[A-Z_]{1,30}") ? Optional.of(name) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Notes the language name (upper-case letters and underscores), replacing the last note. */
    public static void write(Path dataDir, String name) {
        writeName(dataDir, FILE, name);
    }

    /** Notes {@code name} (upper-case letters and underscores) in {@code fileName}, replacing the last note. */
    static void writeName(Path dataDir, String fileName, String name) {
        if (!name.matches("[A-Z_]{1,30}")) {
            throw new IllegalArgumentException("not a setting name: " + name);
        }
        try {
            PrivateFiles.createFolders(dataDir);
            AtomicFile.onDisk().write(dataDir.resolve(fileName),
                    out -> out.write(name.getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot note " + fileName + " in " + dataDir, e);
        }
    }
}
