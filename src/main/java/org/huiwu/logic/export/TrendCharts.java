package org.huiwu.logic.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.feedback.SurveyTrend;
import org.huiwu.logic.incidents.IncidentTrend;
import org.huiwu.model.incidents.Severity;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's trend page charts: the satisfaction rate meeting by meeting (a black line with square marks
 * and the rate written at each) and the incidents per meeting stacked by severity (solid, hatched and open
 * bars with their counts), both over the meetings of the year up to the reported one. A meeting is named by
 * its date and its title, cut short only when many meetings share the axis. Stateless apart from its collaborators; confined to the report's thread.
 */
final class TrendCharts {

    /** The title characters a meeting's label keeps when many meetings share the axis. */
    private static final int TITLE_CHARACTERS = 10;

    /** The title characters the whole axis can hold: few meetings keep their whole title (two lines each). */
    private static final int AXIS_CHARACTERS = 40;

    private final I18n i18n;
    private final ChartStyle style;
    private final MeetingCharts bars;

    TrendCharts(I18n i18n, ChartStyle style, MeetingCharts bars) {
        this.i18n = i18n;
        this.style = style;
        this.bars = bars;
    }

    JFreeChart satisfaction(java.util.List<SurveyTrend.Point> points) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = i18n.get("export.trend.rate");
        for (SurveyTrend.Point point : points) {
            if (point.rate().isPresent()) {
                data.addValue(Math.round(point.rate().getAsDouble() * 1000) / 10.0, series,
                        meeting(point.date(), point.title(), points.size()));
            }
        }
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, Color.BLACK);
        line.setSeriesStroke(0, new BasicStroke(1.2f));
        line.setSeriesShape(0, ChartStyle.square(6));
        line.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}%", new java.text.DecimalFormat("0.#")));
        line.setDefaultItemLabelsVisible(true);
        NumberAxis percent = new NumberAxis(i18n.get("export.trend.percent"));
        percent.setRange(0, 112);
        percent.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(20));
        CategoryAxis meetings = new CategoryAxis();
        meetings.setCategoryLabelPositions(points.size() > 6 ? CategoryLabelPositions.UP_45 : CategoryLabelPositions.STANDARD);
        meetings.setMaximumCategoryLabelLines(2);
        CategoryPlot plot = new CategoryPlot(data, meetings, percent, line);
        JFreeChart chart = style.apply(new JFreeChart(i18n.get("export.trend.satisfaction"), plot));
        chart.removeLegend();
        line.setDefaultItemLabelFont(style.font(7f));
        return chart;
    }

    JFreeChart incidents(java.util.List<IncidentTrend.Point> points) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (IncidentTrend.Point point : points) {
            for (Severity severity : Severity.values()) {
                data.addValue(point.bySeverity().get(severity), i18n.get(severity.labelKey()),
                        meeting(point.date(), point.title(), points.size()));
            }
        }
        JFreeChart chart = bars.stacked(i18n.get("export.trend.incidents"), i18n.get("export.trend.count"), data,
                new Paint[] {Color.WHITE, ChartStyle.hatch(Color.DARK_GRAY), new Color(0x37474F)});
        ((org.jfree.chart.renderer.category.BarRenderer) chart.getCategoryPlot().getRenderer()).setMaximumBarWidth(0.35);
        return chart;
    }

    /** A meeting's axis label: its date and title, the title cut short (with "…") only when it would not fit. */
    private String meeting(java.time.LocalDate date, String title, int meetings) {
        int room = Math.max(TITLE_CHARACTERS, AXIS_CHARACTERS / Math.max(1, meetings));
        String shortTitle = title.length() > room ? title.substring(0, room) + "…" : title;
        return i18n.format("export.trend.meeting", date.toString(), shortTitle);
    }
}
