package org.huiwu.logic.seating.print;

import java.awt.Color;

/** A canvas that draws nothing and gives every character the width of its size, for fitting tests. */
final class FixedWidthCanvas implements ChartCanvas {

    @Override
    public void fillRect(double x, double y, double width, double height, Color fill) {
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, double lineWidth, Color colour,
            boolean dashed) {
    }

    @Override
    public void strokeOval(double x, double y, double width, double height, double lineWidth, Color colour) {
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double lineWidth, Color colour, boolean dashed) {
    }

    @Override
    public void text(String text, double x, double baseline, double size, Align align, Color colour) {
    }

    @Override
    public double textWidth(String text, double size) {
        return text.codePointCount(0, text.length()) * size;
    }

    @Override
    public String printable(String text) {
        return text;
    }
}
