package org.huiwu.logic.seating.print;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/**
 * A {@link ChartCanvas} on one PDF page: turns the top-down coordinates into PDF's bottom-up ones and
 * draws with the embedded Chinese font. I/O errors of the content stream surface as
 * {@link UncheckedIOException}. Confined to the thread that builds the document.
 */
final class PdfCanvas implements ChartCanvas {

    private static final double KAPPA = 0.5523;

    private final PDPageContentStream stream;
    private final PdfCjkFont font;
    private final double pageHeight;

    PdfCanvas(PDPageContentStream stream, PdfCjkFont font, double pageHeight) {
        this.stream = stream;
        this.font = font;
        this.pageHeight = pageHeight;
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Color fill) {
        run(() -> {
            stream.setNonStrokingColor(fill);
            stream.addRect(f(x), f(pageHeight - y - height), f(width), f(height));
            stream.fill();
        });
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, double lineWidth, Color colour,
            boolean dashed) {
        run(() -> {
            pen(lineWidth, colour, dashed);
            stream.addRect(f(x), f(pageHeight - y - height), f(width), f(height));
            stream.stroke();
        });
    }

    @Override
    public void strokeOval(double x, double y, double width, double height, double lineWidth, Color colour) {
        double rx = width / 2;
        double ry = height / 2;
        double cx = x + rx;
        double cy = pageHeight - y - ry;
        run(() -> {
            pen(lineWidth, colour, false);
            stream.moveTo(f(cx + rx), f(cy));
            stream.curveTo(f(cx + rx), f(cy + ry * KAPPA), f(cx + rx * KAPPA), f(cy + ry), f(cx), f(cy + ry));
            stream.curveTo(f(cx - rx * KAPPA), f(cy + ry), f(cx - rx), f(cy + ry * KAPPA), f(cx - rx), f(cy));
            stream.curveTo(f(cx - rx), f(cy - ry * KAPPA), f(cx - rx * KAPPA), f(cy - ry), f(cx), f(cy - ry));
            stream.curveTo(f(cx + rx * KAPPA), f(cy - ry), f(cx + rx), f(cy - ry * KAPPA), f(cx + rx), f(cy));
            stream.stroke();
        });
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double lineWidth, Color colour, boolean dashed) {
        run(() -> {
            pen(lineWidth, colour, dashed);
            stream.moveTo(f(x1), f(pageHeight - y1));
            stream.lineTo(f(x2), f(pageHeight - y2));
            stream.stroke();
        });
    }

    @Override
    public void text(String text, double x, double baseline, double size, Align align, Color colour) {
        String printable = printable(text);
        if (printable.isBlank()) {
            return;
        }
        double width = textWidth(printable, size);
        double left = switch (align) {
            case LEFT -> x;
            case CENTRE -> x - width / 2;
            case RIGHT -> x - width;
        };
        textAt(printable, size, colour, Matrix.getTranslateInstance(f(left), f(pageHeight - baseline)));
    }

    /** Draws a printable text turned half a circle about its own centre point (cx, baseline). */
    void textUpsideDown(String printable, double cx, double baseline, double size, Color colour) {
        double width = textWidth(printable, size);
        textAt(printable, size, colour, Matrix.getRotateInstance(Math.PI, f(cx + width / 2), f(pageHeight - baseline)));
    }

    private void textAt(String printable, double size, Color colour, Matrix matrix) {
        run(() -> {
            stream.beginText();
            stream.setNonStrokingColor(colour);
            stream.setFont(font.font(), f(size));
            stream.setTextMatrix(matrix);
            stream.showText(printable);
            stream.endText();
        });
    }

    @Override
    public double textWidth(String text, double size) {
        return font.width(text, size);
    }

    @Override
    public String printable(String text) {
        return font.printable(text);
    }

    private void pen(double lineWidth, Color colour, boolean dashed) throws IOException {
        stream.setLineWidth(f(lineWidth));
        stream.setStrokingColor(colour);
        stream.setLineDashPattern(dashed ? new float[] {3, 2} : new float[0], 0);
    }

    private static float f(double value) {
        return (float) value;
    }

    private static void run(PdfAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One drawing step that may fail with an I/O error. */
    @FunctionalInterface
    private interface PdfAction {
        void run() throws IOException;
    }
}
