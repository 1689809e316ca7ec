package org.huiwu.logic.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.huiwu.logic.seating.print.CjkFont;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * The report's Chinese font: the face read from its file (or picked from a collection), embedded as a subset in
 * one PDF document, the same face as AWT sees it for the charts (whose text is drawn into the PDF in the embedded
 * font), how wide a text is set in it, and the text with characters it has no glyph for replaced. Confined to the
 * thread that builds the document; close after saving.
 */
final class ReportFont implements Closeable {

    private final Closeable fontSource;
    private final PDType0Font font;
    private final Font chartFont;
    private final TrueTypeFont glyphs;
    private final PdfBoxGraphics2DFontTextDrawer chartText = new PdfBoxGraphics2DFontTextDrawer();

    ReportFont(PDDocument document, CjkFont cjk) throws IOException {
        if (cjk.isCollection()) {
            TrueTypeCollection collection = new TrueTypeCollection(cjk.file().toFile());
            TrueTypeFont named = cjk.faceName().isEmpty() ? null : collection.getFontByName(cjk.faceName());
            List<TrueTypeFont> faces = new ArrayList<>();
            collection.processAllFonts(ttf -> {
                if (!(ttf instanceof OpenTypeFont otf && otf.isPostScript())) {
                    faces.add(ttf);
                }
            });
            this.glyphs = named != null ? named : faces.get(0);
            this.fontSource = collection;
        } else {
            this.glyphs = new TTFParser().parse(new RandomAccessReadBufferedFile(cjk.file().toFile()));
            this.fontSource = glyphs;
        }
        this.font = PDType0Font.load(document, glyphs, true);
        this.chartFont = awtFont(cjk);
        chartText.registerFont(chartFont.getFontName(), font);
    }

    /** The font as the PDF embeds it. */
    PDType0Font pdf() {
        return font;
    }

    /** The charts' font: the same font file as AWT sees it. */
    Font chart() {
        return chartFont;
    }

    /** Draws the charts' text into the PDF in the embedded font. */
    PdfBoxGraphics2DFontTextDrawer chartText() {
        return chartText;
    }

    private static Font awtFont(CjkFont cjk) throws IOException {
        try {
            Font[] faces = Font.createFonts(cjk.file().toFile());
            for (Font face : faces) {
                if (face.getFontName().equals(cjk.faceName()) || face.getPSName().equals(cjk.faceName())) {
                    return face;
                }
            }
            return faces[0];
        } catch (FontFormatException e) {
            throw new IOException(e);
        }
    }

    float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    String printable(String text) throws IOException {
        StringBuilder out = new StringBuilder(text.length());
        var cmap = glyphs.getUnicodeCmapLookup();
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp) && cp != 0x3000) {
                out.append(' ');
            } else {
                out.appendCodePoint(cmap.getGlyphId(cp) > 0 ? cp : '?');
            }
        });
        return out.length() == 0 ? " " : out.toString();
    }

    @Override
    public void close() throws IOException {
        chartText.close();
        fontSource.close();
    }
}
