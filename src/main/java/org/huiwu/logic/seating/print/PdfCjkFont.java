package org.huiwu.logic.seating.print;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A Chinese font embedded (as a subset) in one PDF document, with the checks that keep unknown
 * characters from failing the document. The font file stays open until {@link #close()}, which must
 * come after the document is saved. Confined to the thread that builds the document.
 */
final class PdfCjkFont implements Closeable {

    private final Closeable source;
    private final PDType0Font font;
    private final CmapLookup cmap;

    private PdfCjkFont(Closeable source, TrueTypeFont ttf, PDType0Font font) throws IOException {
        this.source = source;
        this.font = font;
        this.cmap = ttf.getUnicodeCmapLookup();
    }

    /**
     * Loads the font into the document.
     *
     * @throws PrintFailedException {@link PrintProblem#FONT_UNREADABLE} when the file cannot be used
     */
    static PdfCjkFont load(PDDocument document, CjkFont cjk) {
        try {
            if (cjk.isCollection()) {
                TrueTypeCollection collection = new TrueTypeCollection(cjk.file().toFile());
                try {
                    TrueTypeFont ttf = face(collection, cjk.faceName());
                    return new PdfCjkFont(collection, ttf, PDType0Font.load(document, ttf, true));
                } catch (IOException | RuntimeException e) {
                    collection.close();
                    throw e;
                }
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(cjk.file().toFile()));
            try {
                return new PdfCjkFont(ttf, ttf, PDType0Font.load(document, ttf, true));
            } catch (IOException | RuntimeException e) {
                ttf.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            throw new PrintFailedException(PrintProblem.FONT_UNREADABLE, cjk.file().toString());
        }
    }

    private static TrueTypeFont face(TrueTypeCollection collection, String name) throws IOException {
        TrueTypeFont named = name.isEmpty() ? null : collection.getFontByName(name);
        if (named != null) {
            return named;
        }
        List<TrueTypeFont> faces = new ArrayList<>();
        collection.processAllFonts(ttf -> {
            if (!(ttf instanceof OpenTypeFont otf && otf.isPostScript())) {
                faces.add(ttf);
            }
        });
        if (faces.isEmpty()) {
            throw new IOException("no TrueType face in " + name);
        }
        return faces.get(0);
    }

    PDType0Font font() {
        return font;
    }

    /** Control characters become spaces; characters without a glyph become a question mark. */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp) && cp != 0x3000) {
                out.append(' ');
            } else if (cmap.getGlyphId(cp) > 0) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Width in points of a printable text. */
    double width(String printable, double size) {
        try {
            return font.getStringWidth(printable) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            return printable.length() * size;
        }
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
