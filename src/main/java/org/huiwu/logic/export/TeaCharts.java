package org.huiwu.logic.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;

import org.huiwu.i18n.I18n;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The tea-service charts of the report: the timeline (a row per served seat, pours as marks, each
 * interval drawn on time, then due, then overdue as the seat's clock ran, breaks shaded) and the refill intervals against the
 * plan (a dashed line per planned interval, named in the legend as on screen, not by a label in the plot where
 * the latest marks are). Stateless apart from its collaborators; confined to the report's thread.
 */
final class TeaCharts {

    private final I18n i18n;
    private final ZoneId zone;
    private final ChartStyle style;

    TeaCharts(I18n i18n, ZoneId zone, ChartStyle style) {
        this.i18n = i18n;
        this.zone = zone;
        this.style = style;
    }

    /** The timeline; its height in points grows with the seats. */
    JFreeChart timeline(TeaTimeline tea, SeatNames names) {
        List<TeaTimeline.SeatRow> seats = tea.seats();
        XYIntervalSeriesCollection gaps = new XYIntervalSeriesCollection();
        XYIntervalSeries[] byTiming = new XYIntervalSeries[TeaTimeline.Timing.values().length];
        for (TeaTimeline.Timing timing : TeaTimeline.Timing.values()) {
            byTiming[timing.ordinal()] = new XYIntervalSeries(timingLabel(timing));
            gaps.addSeries(byTiming[timing.ordinal()]);
        }
        XYSeries pours = new XYSeries(i18n.get("export.chart.pour"));
        String[] rows = new String[seats.size()];
        for (int row = 0; row < seats.size(); row++) {
            TeaTimeline.SeatRow seat = seats.get(row);
            rows[row] = names.of(seat.seatKey());
            for (TeaTimeline.Gap gap : seat.gaps()) {
                for (TeaTimeline.Segment part : gap.segments()) {
                    long from = part.from().toEpochMilli();
                    byTiming[part.timing().ordinal()].add(from, from, part.to().toEpochMilli(), row, row - 0.28, row + 0.28);
                }
            }
            for (java.time.Instant pour : seat.pours()) {
                pours.add(pour.toEpochMilli(), row);
            }
        }
        SymbolAxis seatAxis = new SymbolAxis(null, rows);
        seatAxis.setInverted(true);
        seatAxis.setGridBandsVisible(false);
        XYBarRenderer bars = new XYBarRenderer();
        bars.setUseYInterval(true);
        bars.setDrawBarOutline(true);
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, Color.WHITE);
        bars.setSeriesPaint(1, ChartStyle.hatch(ChartStyle.DUE));
        bars.setSeriesPaint(2, ChartStyle.OVERDUE);
        for (int i = 0; i < 3; i++) {
            bars.setSeriesOutlinePaint(i, i == 0 ? ChartStyle.ON_TIME : Color.BLACK);
            bars.setSeriesOutlineStroke(i, new BasicStroke(i == 0 ? 1.2f : 0.6f));
        }
        XYPlot plot = new XYPlot(gaps, style.timeAxis(i18n.get("export.chart.time"), zone, tea.start(), tea.end()),
                seatAxis, bars);
        XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
        marks.setSeriesShape(0, ChartStyle.diamond(5));
        marks.setSeriesPaint(0, Color.BLACK);
        plot.setDataset(1, new XYSeriesCollection(pours));
        plot.setRenderer(1, marks);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        JFreeChart chart = style.apply(new JFreeChart(i18n.get("export.chart.timeline"), plot));
        seatAxis.setTickLabelFont(style.font(rows.length > 30 ? 5.5f : 7f));
        style.breaks(plot, tea, i18n.get("export.chart.break"));
        return chart;
    }

    /** Each refill interval (running minutes) at the time it ended, against the planned interval. */
    JFreeChart intervals(TeaTimeline tea) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries[] byTiming = new XYSeries[TeaTimeline.Timing.values().length];
        for (TeaTimeline.Timing timing : TeaTimeline.Timing.values()) {
            byTiming[timing.ordinal()] = new XYSeries(timingLabel(timing), false, true);
            data.addSeries(byTiming[timing.ordinal()]);
        }
        TreeSet<Integer> plans = new TreeSet<>();
        for (TeaTimeline.Gap gap : tea.gaps()) {
            byTiming[gap.timing().ordinal()].add(gap.to().toEpochMilli(), gap.minutes());
            plans.add(gap.planMinutes());
        }
        XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
        marks.setUseOutlinePaint(true);
        marks.setSeriesShape(0, ChartStyle.circle(6));
        marks.setSeriesShape(1, ChartStyle.triangle(7));
        marks.setSeriesShape(2, ChartStyle.square(6));
        marks.setSeriesShapesFilled(0, false);
        marks.setSeriesPaint(0, ChartStyle.ON_TIME);
        marks.setSeriesPaint(1, ChartStyle.DUE);
        marks.setSeriesPaint(2, ChartStyle.OVERDUE);
        for (int i = 0; i < 3; i++) {
            marks.setSeriesOutlinePaint(i, i == 0 ? ChartStyle.ON_TIME : Color.BLACK);
        }
        NumberAxis minutes = new NumberAxis(i18n.get("export.chart.minutes"));
        minutes.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, style.timeAxis(i18n.get("export.chart.time"), zone, tea.start(), tea.end()),
                minutes, marks);
        LegendItemCollection legend = new LegendItemCollection();
        legend.addAll(plot.getLegendItems());
        BasicStroke dashed = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
                new float[] {5f, 3f}, 0f);
        for (int plan : plans) {
            plot.addRangeMarker(new ValueMarker(plan, Color.BLACK, dashed));
            String name = i18n.format("export.chart.plan", plan);
            legend.add(new LegendItem(name, null, null, null, new Line2D.Double(-8, 0, 8, 0), dashed, Color.BLACK));
        }
        plot.setFixedLegendItems(legend);
        JFreeChart chart = style.apply(new JFreeChart(i18n.get("export.chart.intervals"), plot));
        style.breaks(plot, tea, i18n.get("export.chart.break"));
        return chart;
    }

    String timingLabel(TeaTimeline.Timing timing) {
        return switch (timing) {
            case ON_TIME -> i18n.get("export.chart.onTime");
            case DUE -> i18n.get("export.chart.due");
            case OVERDUE -> i18n.get("export.chart.overdue");
        };
    }
}
