package org.huiwu.logic.seating.print;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.seating.print.ChartCanvas.Align;
import org.huiwu.logic.seating.print.TextFit.Fitted;
import org.huiwu.persistence.AtomicFile;

/**
 * Writes tent name cards (桌签) as a PDF of A4 landscape sheets. Each card is two panels split by a
 * dashed fold line: the front panel upright, the back panel turned half a circle so that the folded
 * card reads from both sides. The name is as large as the panel allows and never overflows; the
 * second line is smaller. The file appears only when it is complete. Synchronous, call off the FX
 * thread; stateless apart from its collaborators and thread-safe.
 */
public final class NameCardsPdf {

    private static final double POINTS_PER_MM = 72 / 25.4;
    private static final Color INK = Color.BLACK;
    private static final Color DETAIL = new Color(0x33, 0x33, 0x33);
    private static final Color GUIDE = new Color(0x99, 0x99, 0x99);

    private final I18n i18n;
    private final CjkFontLocator fonts;
    private final Clock clock;

    public NameCardsPdf(I18n i18n, CjkFontLocator fonts, Clock clock) {
        this.i18n = i18n;
        this.fonts = fonts;
        this.clock = clock;
    }

    /**
     * Writes the cards in the given order, {@code layout.perSheet()} to a sheet.
     *
     * @throws IllegalArgumentException when there are no cards
     * @throws PrintFailedException when no Chinese font can be used
     * @throws IOException when the file cannot be written (nothing is left behind then)
     */
    public void write(List<NameCard> cards, NameCardLayout layout, Path target) throws IOException {
        if (cards.isEmpty()) {
            throw new IllegalArgumentException("no name cards to print");
        }
        CjkFont cjk = fonts.locate();
        double sheetWidth = NameCardLayout.SHEET_WIDTH_MM * POINTS_PER_MM;
        double sheetHeight = NameCardLayout.SHEET_HEIGHT_MM * POINTS_PER_MM;
        double panelWidth = layout.panelWidthMm() * POINTS_PER_MM;
        double panelHeight = layout.panelHeightMm() * POINTS_PER_MM;
        double gap = (sheetWidth - layout.perSheet() * panelWidth) / (layout.perSheet() + 1);
        double top = (sheetHeight - 2 * panelHeight) / 2;
        try (PDDocument document = new PDDocument(); PdfCjkFont font = PdfCjkFont.load(document, cjk)) {
            for (int first = 0; first < cards.size(); first += layout.perSheet()) {
                PDPage page = new PDPage(new PDRectangle((float) sheetWidth, (float) sheetHeight));
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    PdfCanvas canvas = new PdfCanvas(stream, font, sheetHeight);
                    for (int i = 0; i < layout.perSheet() && first + i < cards.size(); i++) {
                        double left = gap + i * (panelWidth + gap);
                        card(canvas, cards.get(first + i), layout, left, top, panelWidth, panelHeight);
                    }
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
            SeatChartPdf.describe(document, i18n.get("seating.cards.title"), ZonedDateTime.now(clock));
            AtomicFile.onDisk().write(target, document::save);
        }
    }

    private static void card(PdfCanvas canvas, NameCard card, NameCardLayout layout, double left, double top,
            double width, double height) {
        canvas.strokeRect(left, top, width, 2 * height, 0.5, GUIDE, false);
        canvas.line(left, top + height, left + width, top + height, 0.7, GUIDE, true);
        Fitted name = TextFit.fit(canvas, spaced(card.name()), width * 0.86, height * 0.46, 10);
        boolean detail = layout.showDetail() && !card.detail().isEmpty();
        Fitted second = detail ? TextFit.fit(canvas, card.detail(), width * 0.86, Math.min(22, height * 0.11), 6) : null;
        double nameBaseline = detail ? height * 0.60 : height / 2 + name.size() * 0.36;
        double secondBaseline = height * 0.86;
        double cx = left + width / 2;
        double front = top + height;
        canvas.text(name.text(), cx, front + nameBaseline, name.size(), Align.CENTRE, INK);
        canvas.textUpsideDown(name.text(), cx, front - nameBaseline, name.size(), INK);
        if (second != null) {
            canvas.text(second.text(), cx, front + secondBaseline, second.size(), Align.CENTRE, DETAIL);
            canvas.textUpsideDown(second.text(), cx, front - secondBaseline, second.size(), DETAIL);
        }
    }

    /** A two-character Chinese name gets a wide space between its characters, as cards are set. */
    static String spaced(String name) {
        int[] codePoints = name.codePoints().toArray();
        if (codePoints.length == 2 && Character.UnicodeScript.of(codePoints[0]) == Character.UnicodeScript.HAN
                && Character.UnicodeScript.of(codePoints[1]) == Character.UnicodeScript.HAN) {
            return new String(codePoints, 0, 1) + '\u3000' + new String(codePoints, 1, 1);
        }
        return name;
    }
}
