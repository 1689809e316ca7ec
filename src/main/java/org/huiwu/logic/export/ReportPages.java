package org.huiwu.logic.export;

import java.awt.Font;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.huiwu.logic.seating.print.CjkFont;
import org.jfree.chart.JFreeChart;

/**
 * Flowing text on A4 pages of one PDF document with an embedded (subset) Chinese font ({@link ReportFont}): headings
 * and lines that wrap and break onto new pages, then a footer on every page and an optional diagonal watermark.
 * Confined to the thread that builds the document; close after saving.
 */
final class ReportPages implements Closeable {

    private static final float MARGIN = 50;
    private static final PDRectangle SIZE = PDRectangle.A4;
    /** The height of the text that must fit below a heading on its page: two lines of 10-point text. */
    private static final float KEEP_WITH_HEADING = 2 * 10 * 1.4f;

    private final PDDocument document;
    private final ReportFont font;
    private final List<PDPage> pages = new ArrayList<>();
    private final List<PDDocument> imported = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;

    ReportPages(PDDocument document, CjkFont cjk) throws IOException {
        this.document = document;
        this.font = new ReportFont(document, cjk);
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
            end = LineBreaks.wordEnd(printable, start, end);
            if (stream == null || y - size < MARGIN + 20) {
                newPage();
            }
            y -= size * 1.4f;
            text(printable.substring(start, end), MARGIN + indent, y, size);
            start = end;
        } while (start < printable.length());
    }

    /** Appends the pages of another PDF (read now, kept open until this closes) after the current page. */
    void append(Path pdf) throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
        PDDocument source = Loader.loadPDF(pdf.toFile());
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

    /** Draws a chart ({@link ChartForm}) across the text width, below the cursor. */
    void chart(JFreeChart chart, float height) throws IOException {
        reserve(height);
        ChartForm.draw(document, font, stream, chart, MARGIN, y - height, width(), height);
        y -= height + 8;
    }

    /** The charts' font: the same font file as AWT sees it, drawn into the PDF as the embedded font. */
    Font chartFont() {
        return font.chart();
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
        return font.pdf();
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
     * pages included (see {@link PageStamps}).
     */
    void finish(String generated, PageFooter footer, String watermark) throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
        new PageStamps(document, font, MARGIN).stamp(pages, generated, footer, watermark);
    }

    /** The footer text of a page. */
    @FunctionalInterface
    interface PageFooter {
        String text(int page, int pages);
    }

    void text(String text, float x, float baseline, float size) throws IOException {
        stream.beginText();
        stream.setFont(font.pdf(), size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        stream.endText();
    }

    float width(String text, float size) throws IOException {
        return font.width(text, size);
    }

    String printable(String text) throws IOException {
        return font.printable(text);
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
        }
        for (PDDocument source : imported) {
            source.close();
        }
        font.close();
    }
}
