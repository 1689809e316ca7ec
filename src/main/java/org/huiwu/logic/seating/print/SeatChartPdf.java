package org.huiwu.logic.seating.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.huiwu.i18n.I18n;
import org.huiwu.persistence.AtomicFile;

/**
 * Writes a seat chart as a one-page PDF (A4, or A3 for large plans, turned to fit) with the Chinese
 * font embedded, and the page number and time of printing in the footer. The file appears only when
 * it is complete. Synchronous, call off the FX thread; stateless apart from its collaborators and
 * thread-safe.
 */
public final class SeatChartPdf {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final I18n i18n;
    private final CjkFontLocator fonts;
    private final Clock clock;

    public SeatChartPdf(I18n i18n, CjkFontLocator fonts, Clock clock) {
        this.i18n = i18n;
        this.fonts = fonts;
        this.clock = clock;
    }

    /**
     * Writes the chart to {@code target}, replacing any file there.
     *
     * @throws PrintFailedException when no Chinese font can be used
     * @throws IOException when the file cannot be written (nothing is left behind then)
     */
    public void write(SeatChart chart, Path target) throws IOException {
        write(chart, target, true);
    }

    /**
     * Writes the chart as a page for a longer document, which puts its own footer (page numbers of the
     * whole document) on it: the chart's footer stays empty, so the page does not carry two.
     *
     * @throws PrintFailedException when no Chinese font can be used
     * @throws IOException when the file cannot be written (nothing is left behind then)
     */
    public void writePageWithoutFooter(SeatChart chart, Path target) throws IOException {
        write(chart, target, false);
    }

    private void write(SeatChart chart, Path target, boolean footer) throws IOException {
        CjkFont cjk = fonts.locate();
        PageSize size = PageSize.choose(chart);
        ZonedDateTime now = ZonedDateTime.now(clock);
        try (PDDocument document = new PDDocument(); PdfCjkFont font = PdfCjkFont.load(document, cjk)) {
            PDPage page = new PDPage(new PDRectangle((float) size.width(), (float) size.height()));
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                ChartPainter.paint(chart, new PdfCanvas(stream, font, size.height()), size,
                        footer ? i18n.format("seating.print.generated", now.format(STAMP)) : "",
                        footer ? i18n.format("seating.print.page", 1, 1) : "");
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            describe(document, chart.title(), now);
            AtomicFile.onDisk().write(target, document::save);
        }
    }

    static void describe(PDDocument document, String title, ZonedDateTime now) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Huiwu");
        info.setCreationDate(GregorianCalendar.from(now));
    }
}
