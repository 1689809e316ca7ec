package org.huiwu.logic.export;

import java.awt.geom.Rectangle2D;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;

/**
 * A chart drawn into a report page as vector graphics: JFreeChart paints onto a PDF form through
 * {@link PdfBoxGraphics2D}, its text set in the report's embedded font ({@link ReportFont#chartText()}), and the
 * form is placed on the page with its lower left corner at a given point. Confined to the thread that builds the
 * document.
 */
final class ChartForm {

    private ChartForm() {
    }

    /** Draws {@code chart} {@code width} × {@code height} points with its lower left corner at ({@code x}, {@code y}). */
    static void draw(PDDocument document, ReportFont font, PDPageContentStream stream, JFreeChart chart, float x,
            float y, float width, float height) throws IOException {
        var graphics = new PdfBoxGraphics2D(document, width, height);
        try {
            graphics.setFontTextDrawer(font.chartText());
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        stream.saveGraphicsState();
        stream.transform(Matrix.getTranslateInstance(x, y));
        stream.drawForm(graphics.getXFormObject());
        stream.restoreGraphicsState();
    }
}
