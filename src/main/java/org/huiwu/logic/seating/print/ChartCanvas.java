package org.huiwu.logic.seating.print;

import java.awt.Color;

/**
 * A surface the seat chart is drawn on, in points with the origin at the top left and y downwards,
 * implemented for a PDF page and for a Java2D image so that the layout maths exist once. Texts are
 * drawn upright with a baseline; characters the font lacks are replaced by {@link #printable}.
 * Implementations are confined to the thread that draws.
 */
interface ChartCanvas {

    /** Where a text's x coordinate lies on the text. */
    enum Align { LEFT, CENTRE, RIGHT }

    void fillRect(double x, double y, double width, double height, Color fill);

    void strokeRect(double x, double y, double width, double height, double lineWidth, Color colour, boolean dashed);

    /** Strokes the ellipse inscribed in the rectangle. */
    void strokeOval(double x, double y, double width, double height, double lineWidth, Color colour);

    void line(double x1, double y1, double x2, double y2, double lineWidth, Color colour, boolean dashed);

    void text(String text, double x, double baseline, double size, Align align, Color colour);

    /** The width of a (printable) text at the given size, in points. */
    double textWidth(String text, double size);

    /** The text with control characters as spaces and characters the font cannot show replaced. */
    String printable(String text);
}
