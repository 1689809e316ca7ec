package org.huiwu.logic.seating.print;

/**
 * Fits a text into a width: the preferred size if it fits, else a smaller size down to a minimum,
 * else the minimum size with the text cut and an ellipsis. Handles texts of any length (the cut is
 * found by halving). Stateless and thread-safe.
 */
final class TextFit {

    private static final String ELLIPSIS = "\u2026";

    private TextFit() {
    }

    /** A text ready to draw and its size. */
    record Fitted(String text, double size) {
    }

    static Fitted fit(ChartCanvas canvas, String text, double maxWidth, double preferred, double minimum) {
        String printable = canvas.printable(text).strip();
        double width = canvas.textWidth(printable, preferred);
        if (width <= maxWidth || printable.isEmpty()) {
            return new Fitted(printable, preferred);
        }
        double size = preferred * maxWidth / width;
        if (size >= minimum) {
            return new Fitted(printable, size);
        }
        String ellipsis = canvas.printable(ELLIPSIS);
        int[] codePoints = printable.codePoints().toArray();
        int low = 0;
        int high = codePoints.length;
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (canvas.textWidth(new String(codePoints, 0, middle) + ellipsis, minimum) <= maxWidth) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return new Fitted(low == 0 ? "" : new String(codePoints, 0, low) + ellipsis, minimum);
    }
}
