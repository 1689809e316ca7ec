package org.huiwu.logic.seating.print;

import java.awt.Color;

import org.huiwu.logic.seating.print.ChartCanvas.Align;
import org.huiwu.logic.seating.print.SeatChart.Area;
import org.huiwu.logic.seating.print.SeatChart.Seat;
import org.huiwu.logic.seating.print.TextFit.Fitted;

/**
 * Draws a {@link SeatChart} on one page of any {@link ChartCanvas}: the heading (title, date and
 * venue, viewpoint and convention), the plan scaled to the space left, and a footer. All layout
 * maths of the chart live here. Stateless and thread-safe.
 */
final class ChartPainter {

    static final double MARGIN = 36;
    private static final double HEADER = 74;
    private static final double FOOTER = 22;
    /** Seats never grow beyond this many points, so small plans do not look like posters. */
    private static final double LARGEST_SEAT = 66;

    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x6b, 0x6b, 0x6b);
    private static final Color RULE = new Color(0xb0, 0xb0, 0xb0);
    private static final Color FRONT = new Color(0xef, 0xea, 0xdf);
    private static final Color FREE_SEAT = new Color(0xf3, 0xf3, 0xf3);
    private static final Color TABLE = new Color(0xee, 0xea, 0xe0);
    private static final Color ACCENT = new Color(0x9b, 0x1c, 0x1c);

    private ChartPainter() {
    }

    /** The size of one chart unit (one seat) in points on a page of this size. */
    static double unit(SeatChart chart, PageSize page) {
        double width = page.width() - 2 * MARGIN;
        double height = page.height() - 2 * MARGIN - HEADER - FOOTER;
        return Math.min(LARGEST_SEAT, Math.min(width / Math.max(1, chart.width()), height / Math.max(1, chart.height())));
    }

    static void paint(SeatChart chart, ChartCanvas canvas, PageSize page, String footerLeft, String footerRight) {
        double w = page.width();
        double h = page.height();
        double textWidth = w - 2 * MARGIN;
        Fitted title = TextFit.fit(canvas, chart.title(), textWidth, 18, 8);
        canvas.text(title.text(), w / 2, MARGIN + 16, title.size(), Align.CENTRE, INK);
        Fitted subtitle = TextFit.fit(canvas, chart.subtitle(), textWidth, 10.5, 6);
        canvas.text(subtitle.text(), w / 2, MARGIN + 34, subtitle.size(), Align.CENTRE, INK);
        Fitted viewpoint = TextFit.fit(canvas, chart.viewpointText(), textWidth / 2, 10, 6);
        canvas.text(viewpoint.text(), MARGIN, MARGIN + 56, viewpoint.size(), Align.LEFT, ACCENT);
        Fitted rules = TextFit.fit(canvas, chart.conventionText() + "    " + chart.summary(), textWidth / 2, 10, 6);
        canvas.text(rules.text(), w - MARGIN, MARGIN + 56, rules.size(), Align.RIGHT, INK);
        canvas.line(MARGIN, MARGIN + 63, w - MARGIN, MARGIN + 63, 0.6, RULE, false);
        canvas.line(MARGIN, h - MARGIN - 12, w - MARGIN, h - MARGIN - 12, 0.6, RULE, false);
        canvas.text(canvas.printable(footerLeft), MARGIN, h - MARGIN, 8, Align.LEFT, MUTED);
        canvas.text(canvas.printable(footerRight), w - MARGIN, h - MARGIN, 8, Align.RIGHT, MUTED);

        double u = unit(chart, page);
        double areaTop = MARGIN + HEADER;
        double areaHeight = h - 2 * MARGIN - HEADER - FOOTER;
        Plan plan = new Plan(canvas, u, (w - chart.width() * u) / 2, areaTop
                + Math.min(12, (areaHeight - chart.height() * u) / 2));
        plan.marker(chart.front(), FRONT, 0.45);
        chart.blocks().forEach(plan::block);
        chart.tables().forEach(plan::table);
        chart.stands().forEach(plan::stand);
        chart.labels().forEach(plan::label);
        chart.seats().forEach(plan::seat);
        plan.marker(chart.door(), Color.WHITE, 0.4);
    }

    /** The plan part of the page: chart units mapped to points. */
    private record Plan(ChartCanvas canvas, double u, double left, double top) {

        double x(double units) {
            return left + units * u;
        }

        double y(double units) {
            return top + units * u;
        }

        void marker(Area area, Color fill, double textUnits) {
            canvas.fillRect(x(area.x()), y(area.y()), area.width() * u, area.height() * u, fill);
            canvas.strokeRect(x(area.x()), y(area.y()), area.width() * u, area.height() * u, 0.9, INK, false);
            Fitted text = TextFit.fit(canvas, area.caption(), area.width() * u * 0.9, Math.min(14, textUnits * u), 4);
            canvas.text(text.text(), x(area.x() + area.width() / 2), y(area.y() + area.height() / 2) + text.size() * 0.36,
                    text.size(), Align.CENTRE, INK);
        }

        void block(Area area) {
            canvas.strokeRect(x(area.x()), y(area.y()), area.width() * u, area.height() * u, 0.6, RULE, false);
            Fitted caption = TextFit.fit(canvas, area.caption(), area.width() * u, clamp(0.3 * u, 6, 11), 4);
            canvas.text(caption.text(), x(area.x()), y(area.y()) - 0.12 * u, caption.size(), Align.LEFT, MUTED);
        }

        void table(Area area) {
            if (area.round()) {
                canvas.strokeOval(x(area.x()), y(area.y()), area.width() * u, area.height() * u, 0.8, MUTED);
            } else {
                canvas.fillRect(x(area.x()), y(area.y()), area.width() * u, area.height() * u, TABLE);
                canvas.strokeRect(x(area.x()), y(area.y()), area.width() * u, area.height() * u, 0.8, MUTED, false);
            }
            Fitted caption = TextFit.fit(canvas, area.caption(), area.width() * u * 0.8, clamp(0.3 * u, 5, 11), 4);
            canvas.text(caption.text(), x(area.x() + area.width() / 2), y(area.y() + area.height() / 2)
                    + caption.size() * 0.36, caption.size(), Align.CENTRE, MUTED);
        }

        /** A speaker's stand: a lectern box with a heavy accent outline, so it is not read as a seat. */
        void stand(Area area) {
            canvas.fillRect(x(area.x()), y(area.y()), area.width() * u, area.height() * u, TABLE);
            canvas.strokeRect(x(area.x()), y(area.y()), area.width() * u, area.height() * u, 1.6, ACCENT, false);
            Fitted caption = TextFit.fit(canvas, area.caption(), area.width() * u * 0.9, clamp(0.3 * u, 5, 11), 4);
            canvas.text(caption.text(), x(area.x() + area.width() / 2), y(area.y() + area.height() / 2)
                    + caption.size() * 0.36, caption.size(), Align.CENTRE, ACCENT);
        }

        /** A unit's name where its section starts. */
        void label(Area area) {
            Fitted caption = TextFit.fit(canvas, area.caption(), area.width() * u, clamp(0.3 * u, 5, 10), 4);
            canvas.text(caption.text(), x(area.x() + area.width() / 2), y(area.y() + area.height() / 2)
                    + caption.size() * 0.36, caption.size(), Align.CENTRE, INK);
        }

        void seat(Seat seat) {
            double boxW = seat.width() * u;
            double boxH = seat.height() * u;
            double bx = x(seat.x()) - boxW / 2;
            double by = y(seat.y()) - boxH / 2;
            canvas.fillRect(bx, by, boxW, boxH, seat.occupied() ? Color.WHITE : FREE_SEAT);
            canvas.strokeRect(bx, by, boxW, boxH, seat.occupied() ? 0.9 : 0.6, seat.occupied() ? INK : MUTED,
                    !seat.occupied());
            double small = clamp(0.15 * u, 3.5, 8);
            double inner = boxW * 0.88;
            Fitted label = TextFit.fit(canvas, seat.shortLabel(), inner, small, 3);
            canvas.text(label.text(), bx + boxW / 2, by + small * 1.25, label.size(), Align.CENTRE, MUTED);
            Fitted name = TextFit.fit(canvas, seat.name(), inner, clamp(0.26 * u, 5, 15), 3);
            canvas.text(name.text(), bx + boxW / 2, by + boxH / 2 + name.size() * 0.36, name.size(), Align.CENTRE, INK);
            Fitted detail = TextFit.fit(canvas, seat.detail(), inner, small, 3);
            canvas.text(detail.text(), bx + boxW / 2, by + boxH - small * 0.55, detail.size(), Align.CENTRE, MUTED);
        }

        private static double clamp(double value, double min, double max) {
            return Math.max(min, Math.min(max, value));
        }
    }
}
