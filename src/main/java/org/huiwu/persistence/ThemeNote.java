package org.huiwu.persistence;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The window theme of a data folder kept beside its database, in {@value #FILE}, as {@link LanguageNote}
 * keeps the language: so that the window shown before the database has opened (decision 0035) is already
 * in the user's theme. It holds a theme's name only; the database keeps the setting too and stays its
 * source. Stateless; call off the FX thread.
 */
public final class ThemeNote {

    /** The file in the data folder. */
    public static final String FILE = "huiwu.theme";

    private ThemeNote() {
    }

    /** The theme name noted in the folder; empty when none is, or it cannot be read. */
    public static Optional<String> read(Path dataDir) {
        return LanguageNote.readName(dataDir, FILE);
    }

    /** Notes the theme name (upper-case letters and underscores), replacing the last note. */
    public static void write(Path dataDir, String name) {
        LanguageNote.writeName(dataDir, FILE, name);
    }
}
