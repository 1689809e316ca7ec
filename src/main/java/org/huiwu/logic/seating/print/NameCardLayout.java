package org.huiwu.logic.seating.print;

/**
 * How name cards sit on an A4 landscape sheet: one or two cards per sheet, each two panels of the
 * given size (millimetres) split by the fold, and whether the second line is printed.
 * Immutable, thread-safe.
 */
public record NameCardLayout(int perSheet, double panelWidthMm, double panelHeightMm, boolean showDetail) {

    /** The A4 sheet's width and height in millimetres (landscape). */
    static final double SHEET_WIDTH_MM = 297;
    static final double SHEET_HEIGHT_MM = 210;
    /** The least margin a desktop printer needs, in millimetres. */
    static final double PRINTER_MARGIN_MM = 4;
    /** The smallest panel that still carries a readable name, in millimetres. */
    public static final double MIN_PANEL_WIDTH_MM = 40;
    public static final double MIN_PANEL_HEIGHT_MM = 20;
    /** The tallest panel: both panels of a card (front and back) stack on the sheet's height. */
    public static final double MAX_PANEL_HEIGHT_MM = (SHEET_HEIGHT_MM - 2 * PRINTER_MARGIN_MM) / 2;

    /** The widest panel when {@code perSheet} cards stand side by side on the sheet. */
    public static double maxPanelWidthMm(int perSheet) {
        return (SHEET_WIDTH_MM - 2 * PRINTER_MARGIN_MM) / perSheet;
    }

    /**
     * @throws IllegalArgumentException when {@code perSheet} is not 1 or 2
     * @throws PrintFailedException {@link PrintProblem#CARD_TOO_LARGE} when the cards do not fit the sheet
     */
    public NameCardLayout {
        if (perSheet != 1 && perSheet != 2) {
            throw new IllegalArgumentException("perSheet must be 1 or 2: " + perSheet);
        }
        if (!(panelWidthMm >= MIN_PANEL_WIDTH_MM && panelHeightMm >= MIN_PANEL_HEIGHT_MM)
                || panelWidthMm > maxPanelWidthMm(perSheet) || panelHeightMm > MAX_PANEL_HEIGHT_MM) {
            throw new PrintFailedException(PrintProblem.CARD_TOO_LARGE, panelWidthMm, panelHeightMm);
        }
    }

    /** The usual sizes: one card with 21 cm × 10 cm panels, or two cards with 14 cm × 10 cm panels. */
    public static NameCardLayout standard(int perSheet) {
        return new NameCardLayout(perSheet, perSheet == 1 ? 210 : 140, 100, true);
    }
}
