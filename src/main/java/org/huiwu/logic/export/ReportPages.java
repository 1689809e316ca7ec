package org.huiwu.logic.export;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
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
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.huiwu.logic.seating.print.CjkFont;
import org.jfree.chart.JFreeChart;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * Flowing text on A4 pages of one PDF document with an embedded (subset) Chinese font: headings and lines
 * that wrap and break onto new pages, then a footer on every page and an optional diagonal watermark.
 * Confined to the thread that builds the document; close after saving.
 */
final class ReportPages implements Closeable {

    private static final float MARGIN = 50;
    private static final PDRectangle SIZE = PDRectangle.A4;
    /** The height of the text that must fit below a heading on its page: two lines of 10-point text. */
    private static final float KEEP_WITH_HEADING = 2 * 10 * 1.4f;

    private final PDDocument document;
    private final Closeable fontSource;
    private final PDType0Font font;
    private final Font chartFont;
    private final TrueTypeFont glyphs;
    private final List<PDPage> pages = new ArrayList<>();
    private final List<PDDocument> imported = new ArrayList<>();
    private final PdfBoxGraphics2DFontTextDrawer chartText =
            new PdfBoxGraphics2DFontTextDrawer();
    private PDPageContentStream stream;
    private float y;

    ReportPages(PDDocument document, CjkFont cjk) throws IOException {
        this.document = document;
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

    /**
     * A heading, kept with what follows it: when the page has no room for the heading and two lines of text
     * below, it starts the next page instead of standing alone at the foot of this one.
     */
    void heading(String text, float size) throws IOException {
        reserve(size * 1.8f + KEEP_WITH_HEADING);
        line(text, size, 0);
        y -= size * 0.4f;
    }

    /** Writes text wrapped to the page width, indented by the given points. */
    void line(String text, float size, float indent) throws IOException {
        String printable = printable(text);
        float width = SIZE.getWidth() - 2 * MARGIN - indent;
        int start = 0;
        do {
            int end = start + 1;
            while (end < printable.length() && width(printable.substring(start, end + 1), size) <= width) {
                end++;
            }
            end = wordEnd(printable, start, end);
            if (stream == null || y - size < MARGIN + 20) {
                newPage();
            }
            y -= size * 1.4f;
            text(printable.substring(start, end), MARGIN + indent, y, size);
            start = end;
        } while (start < printable.length());
    }

    /**
     * Where a wrapped line ends: not inside a word of Latin letters or digits ("chair|s", "00:|57") when
     * the line has a space or a Chinese character to break after instead; a single overlong word is cut.
     */
    static int wordEnd(String text, int start, int end) {
        if (end >= text.length() || !inWord(text.charAt(end - 1)) || !inWord(text.charAt(end))) {
            return end;
        }
        for (int i = end - 1; i > start; i--) {
            if (!inWord(text.charAt(i - 1))) {
                return i;
            }
        }
        return end;
    }

    private static boolean inWord(char c) {
        return c < 0x2E80 && !Character.isWhitespace(c) && "—–/(".indexOf(c) < 0;
    }

    /** Appends the pages of another PDF (read now, kept open until this closes) after the current page. */
    void append(java.nio.file.Path pdf) throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
        PDDocument source = org.apache.pdfbox.Loader.loadPDF(pdf.toFile());
        imported.add(source);
        for (PDPage page : source.getPages()) {
            pages.add(document.importPage(page));
        }
    }

    void gap(float points) {
        y -= points;
    }

    /** Starts a new page unless the current one has this much height left; true when it started one. */
    boolean reserve(float height) throws IOException {
        if (stream == null || y - height < MARGIN + 20) {
            newPage();
            return true;
        }
        return false;
    }

    /** Draws a chart (vector graphics, its text in the report's font) across the text width, below the cursor. */
    void chart(JFreeChart chart, float height) throws IOException {
        reserve(height);
        float width = width();
        var graphics = new PdfBoxGraphics2D(document, width, height);
        try {
            graphics.setFontTextDrawer(chartText);
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        stream.saveGraphicsState();
        stream.transform(Matrix.getTranslateInstance(MARGIN, y - height));
        stream.drawForm(graphics.getXFormObject());
        stream.restoreGraphicsState();
        y -= height + 8;
    }

    /** The charts' font: the same font file as AWT sees it, drawn into the PDF as the embedded font. */
    Font chartFont() {
        return chartFont;
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
        } catch (java.awt.FontFormatException e) {
            throw new IOException(e);
        }
    }

    PDPageContentStream stream() {
        return stream;
    }

    float y() {
        return y;
    }

    void y(float y) {
        this.y = y;
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return SIZE.getWidth() - 2 * MARGIN;
    }

    PDType0Font font() {
        return font;
    }

    void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(SIZE);
        document.addPage(page);
        pages.add(page);
        stream = new PDPageContentStream(document, page);
        y = SIZE.getHeight() - MARGIN;
    }

    /**
     * Adds the footer (its text gets page number and count) and the watermark to every page, appended
     * pages included, placed by each page's own size (an appended seat chart may be landscape or A3).
     */
    void finish(String generated, PageFooter footer, String watermark) throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
        for (int i = 0; i < pages.size(); i++) {
            float pageWidth = pages.get(i).getMediaBox().getWidth();
            try (PDPageContentStream over = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream = over;
                text(generated, MARGIN, MARGIN - 20, 8);
                String page = printable(footer.text(i + 1, pages.size()));
                text(page, pageWidth - MARGIN - width(page, 8), MARGIN - 20, 8);
                if (watermark != null) {
                    PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
                    faint.setNonStrokingAlphaConstant(0.15f);
                    over.setGraphicsStateParameters(faint);
                    over.beginText();
                    over.setFont(font, 20);
                    over.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(45), 120, 200));
                    over.showText(printable(watermark));
                    over.endText();
                }
            }
        }
        stream = null;
    }

    /** The footer text of a page. */
    @FunctionalInterface
    interface PageFooter {
        String text(int page, int pages);
    }

    void text(String text, float x, float baseline, float size) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        stream.endText();
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
        if (stream != null) {
            stream.close();
        }
        for (PDDocument source : imported) {
            source.close();
        }
        chartText.close();
        fontSource.close();
    }
}
