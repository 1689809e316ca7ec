package org.huiwu.logic.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.TimeZone;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * The look of the service report's charts, chosen to survive black-and-white print: white ground, the
 * report's CJK font, and for every state both a colour and a grey value, pattern or shape of its own
 * (on time: open; due: hatched; overdue: solid dark), so nothing is told by hue alone. Stateless.
 */
final class ChartStyle {

    static final Color ON_TIME = new Color(0x2E7D32);
    static final Color DUE = new Color(0xE69500);
    static final Color OVERDUE = new Color(0x8E1B1B);
    static final Color BREAK = new Color(0xDDDDDD);
    private static final Color GRID = new Color(0xBBBBBB);

    private final Font font;

    ChartStyle(Font font) {
        this.font = font;
    }

    /**
     * Gives the chart the report's fonts and white, shadowless ground. Set by hand rather than through a
     * chart theme, which would clear the series' paints and shapes chosen for print.
     */
    JFreeChart apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(font(12f));
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(font(8f));
            chart.getLegend().setFrame(BlockBorder.NONE);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        if (plot instanceof XYPlot xy) {
            axis(xy.getDomainAxis());
            axis(xy.getRangeAxis());
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            for (int i = 0; i < xy.getRendererCount(); i++) {
                if (xy.getRenderer(i) instanceof XYBarRenderer bars) {
                    bars.setBarPainter(new StandardXYBarPainter());
                    bars.setShadowVisible(false);
                }
            }
        } else if (plot instanceof CategoryPlot category) {
            axis(category.getDomainAxis());
            axis(category.getRangeAxis());
            category.setRangeGridlinePaint(GRID);
            if (category.getRenderer() instanceof BarRenderer bars) {
                bars.setBarPainter(new StandardBarPainter());
                bars.setShadowVisible(false);
            }
        }
        chart.setAntiAlias(true);
        return chart;
    }

    private void axis(Axis axis) {
        axis.setLabelFont(font(8.5f));
        axis.setTickLabelFont(font(7.5f));
    }

    Font font(float size) {
        return font.deriveFont(Font.PLAIN, size);
    }

    /** Diagonal hatching in the colour on white: reads as "due" in colour and in grey. */
    static Paint hatch(Color colour) {
        BufferedImage tile = new BufferedImage(6, 6, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = tile.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 6, 6);
        g.setColor(colour);
        g.setStroke(new BasicStroke(1.5f));
        g.drawLine(0, 6, 6, 0);
        g.drawLine(-1, 1, 1, -1);
        g.drawLine(5, 7, 7, 5);
        g.dispose();
        return new TexturePaint(tile, new Rectangle(0, 0, 6, 6));
    }

    static Shape circle(double size) {
        return new Ellipse2D.Double(-size / 2, -size / 2, size, size);
    }

    static Shape square(double size) {
        return new Rectangle2D.Double(-size / 2, -size / 2, size, size);
    }

    static Shape triangle(double size) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(0, -size / 2);
        path.lineTo(size / 2, size / 2);
        path.lineTo(-size / 2, size / 2);
        path.closePath();
        return path;
    }

    static Shape diamond(double size) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(0, -size / 2);
        path.lineTo(size / 2, 0);
        path.lineTo(0, size / 2);
        path.lineTo(-size / 2, 0);
        path.closePath();
        return path;
    }

    /** A time axis in the meeting's zone, hours and minutes. */
    DateAxis timeAxis(String label, ZoneId zone, Instant from, Instant to) {
        DateAxis axis = new DateAxis(label);
        axis.setTimeZone(TimeZone.getTimeZone(zone));
        SimpleDateFormat format = new SimpleDateFormat("HH:mm");
        format.setTimeZone(TimeZone.getTimeZone(zone));
        axis.setDateFormatOverride(format);
        if (from != null && to != null && to.isAfter(from)) {
            long margin = Math.max(60_000, (to.toEpochMilli() - from.toEpochMilli()) / 40);
            axis.setRange(from.toEpochMilli() - margin, to.toEpochMilli() + margin);
        }
        return axis;
    }

    /** Shades the meeting's breaks behind the plot, each labelled. */
    void breaks(XYPlot plot, TeaTimeline tea, String label) {
        for (TeaTimeline.Span span : tea.breaks()) {
            IntervalMarker marker = new IntervalMarker(span.from().toEpochMilli(), span.to().toEpochMilli());
            marker.setPaint(BREAK);
            marker.setLabel(label);
            marker.setLabelFont(font(7f));
            marker.setLabelAnchor(RectangleAnchor.TOP);
            marker.setLabelTextAnchor(TextAnchor.TOP_CENTER);
            plot.addDomainMarker(marker, Layer.BACKGROUND);
        }
    }
}
