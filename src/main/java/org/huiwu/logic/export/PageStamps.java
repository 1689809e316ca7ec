package org.huiwu.logic.export;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * What a finished report carries on every page, appended pages included: the "generated" line and the page footer
 * (its text gets page number and count) at the foot, and an optional faint diagonal watermark; placed by each page's
 * own size (an appended seat chart may be landscape or A3). Confined to the thread that builds the document.
 */
final class PageStamps {

    private final PDDocument document;
    private final ReportFont font;
    private final float margin;

    PageStamps(PDDocument document, ReportFont font, float margin) {
        this.document = document;
        this.font = font;
        this.margin = margin;
    }

    /** Stamps every page in {@code pages}; {@code watermark} may be null. */
    void stamp(List<PDPage> pages, String generated, ReportPages.PageFooter footer, String watermark)
            throws IOException {
        for (int i = 0; i < pages.size(); i++) {
            float pageWidth = pages.get(i).getMediaBox().getWidth();
            try (PDPageContentStream over = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                text(over, generated, margin, margin - 20, 8);
                String page = font.printable(footer.text(i + 1, pages.size()));
                text(over, page, pageWidth - margin - font.width(page, 8), margin - 20, 8);
                if (watermark != null) {
                    PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
                    faint.setNonStrokingAlphaConstant(0.15f);
                    over.setGraphicsStateParameters(faint);
                    over.beginText();
                    over.setFont(font.pdf(), 20);
                    over.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(45), 120, 200));
                    over.showText(font.printable(watermark));
                    over.endText();
                }
            }
        }
    }

    private void text(PDPageContentStream over, String text, float x, float baseline, float size) throws IOException {
        over.beginText();
        over.setFont(font.pdf(), size);
        over.newLineAtOffset(x, baseline);
        over.showText(text);
        over.endText();
    }
}
