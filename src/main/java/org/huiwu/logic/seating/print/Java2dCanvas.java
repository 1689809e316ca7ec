package org.huiwu.logic.seating.print;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * A {@link ChartCanvas} on a Java2D graphics whose transform maps points to pixels. Characters the
 * font cannot show become a question mark. Confined to the thread that draws.
 */
final class Java2dCanvas implements ChartCanvas {

    private static final FontRenderContext METRICS = new FontRenderContext(null, true, true);

    private final Graphics2D g;
    private final Font font;

    Java2dCanvas(Graphics2D g, Font font) {
        this.g = g;
        this.font = font;
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Color fill) {
        g.setColor(fill);
        g.fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, double lineWidth, Color colour,
            boolean dashed) {
        pen(lineWidth, colour, dashed);
        g.draw(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void strokeOval(double x, double y, double width, double height, double lineWidth, Color colour) {
        pen(lineWidth, colour, false);
        g.draw(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double lineWidth, Color colour, boolean dashed) {
        pen(lineWidth, colour, dashed);
        g.draw(new Line2D.Double(x1, y1, x2, y2));
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
        g.setColor(colour);
        g.setFont(font.deriveFont((float) size));
        g.drawString(printable, (float) left, (float) baseline);
    }

    @Override
    public double textWidth(String text, double size) {
        return font.deriveFont((float) size).getStringBounds(text, METRICS).getWidth();
    }

    @Override
    public String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp) && cp != 0x3000) {
                out.append(' ');
            } else if (font.canDisplay(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private void pen(double lineWidth, Color colour, boolean dashed) {
        g.setColor(colour);
        g.setStroke(dashed
                ? new BasicStroke((float) lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {3, 2}, 0)
                : new BasicStroke((float) lineWidth));
    }
}
