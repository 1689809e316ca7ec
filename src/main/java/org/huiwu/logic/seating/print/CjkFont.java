package org.huiwu.logic.seating.print;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A Chinese TrueType font on disk: the file, and for a collection (.ttc) the PostScript name of the
 * face to use (empty = the first TrueType face). Immutable, thread-safe.
 */
public record CjkFont(Path file, String faceName) {

    public CjkFont {
        Objects.requireNonNull(file, "file");
        faceName = faceName == null ? "" : faceName;
    }

    /** Whether the file is a font collection rather than a single font. */
    public boolean isCollection() {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
    }
}
