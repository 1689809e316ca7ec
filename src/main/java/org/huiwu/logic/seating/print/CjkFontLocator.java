package org.huiwu.logic.seating.print;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds a Chinese TrueType font for printouts: the {@code huiwu.cjkFont} system property first (a file,
 * optionally followed by {@code #FaceName}), then well-known places on Linux, Windows and macOS.
 * Fonts with PostScript (CFF) outlines are skipped, since PDFBox cannot embed them. Stateless and
 * thread-safe; reads file headers only.
 */
public final class CjkFontLocator {

    /** The system property that names a font file to use instead of the known places. */
    public static final String FONT_PROPERTY = "huiwu.cjkFont";

    private static final List<CjkFont> KNOWN = List.of(
            font("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "WenQuanYiMicroHei"),
            font("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "WenQuanYiZenHei"),
            font("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc", "WenQuanYiMicroHei"),
            font("/usr/share/fonts/truetype/arphic/uming.ttc", ""),
            font("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", ""),
            font("C:/Windows/Fonts/msyh.ttc", "MicrosoftYaHei"),
            font("C:/Windows/Fonts/simhei.ttf", ""),
            font("C:/Windows/Fonts/simsun.ttc", "SimSun"),
            font("/System/Library/Fonts/STHeiti Medium.ttc", ""),
            font("/System/Library/Fonts/STHeiti Light.ttc", ""),
            font("/System/Library/Fonts/Supplemental/Songti.ttc", ""),
            font("/Library/Fonts/Arial Unicode.ttf", ""));

    private final List<CjkFont> candidates;

    /** Looks in the property's file, then in the well-known places. */
    public CjkFontLocator() {
        this(fromProperty(System.getProperty(FONT_PROPERTY)));
    }

    /** Looks in the given places only, in order (for tests and special installs). */
    public CjkFontLocator(List<CjkFont> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    /**
     * The first usable font.
     *
     * @throws PrintFailedException {@link PrintProblem#FONT_NOT_FOUND} naming the places tried
     */
    public CjkFont locate() {
        return candidates.stream().filter(CjkFontLocator::usable).findFirst()
                .orElseThrow(() -> new PrintFailedException(PrintProblem.FONT_NOT_FOUND, candidates.stream()
                        .map(c -> c.file().toString()).collect(Collectors.joining(", "))));
    }

    private static List<CjkFont> fromProperty(String property) {
        List<CjkFont> list = new ArrayList<>();
        Optional.ofNullable(property).filter(p -> !p.isBlank()).ifPresent(p -> {
            int hash = p.indexOf('#');
            list.add(hash < 0 ? font(p.trim(), "") : font(p.substring(0, hash).trim(), p.substring(hash + 1).trim()));
        });
        list.addAll(KNOWN);
        return list;
    }

    private static CjkFont font(String file, String face) {
        return new CjkFont(Path.of(file), face);
    }

    /** A readable file whose (first) face has TrueType outlines. */
    static boolean usable(CjkFont font) {
        if (!Files.isRegularFile(font.file()) || !Files.isReadable(font.file())) {
            return false;
        }
        try (RandomAccessFile in = new RandomAccessFile(font.file().toFile(), "r")) {
            int tag = in.readInt();
            if (tag == 0x74746366) {
                in.seek(12);
                in.seek(in.readInt() & 0xFFFFFFFFL);
                tag = in.readInt();
            }
            return tag == 0x00010000 || tag == 0x74727565;
        } catch (IOException e) {
            return false;
        }
    }
}
