package org.huiwu.logic.export;

import java.awt.Color;
import java.awt.Paint;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.huiwu.i18n.I18n;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.feedback.RatingScale;
import org.huiwu.model.feedback.ScaleLevel;
import org.huiwu.model.feedback.SurveySummary;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.Severity;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The report's other charts: incidents on the meeting's time axis (severity up, a shape per status, the
 * type written beside each; marks too close to label apart share one label), checklist progress by phase and the survey's ratings per item (stacked
 * bars with their counts written on them). Stateless apart from its collaborators; confined to the
 * report's thread.
 */
final class MeetingCharts {

    /** The share of the time axis an incident's label takes: marks closer than this on one row share a label. */
    private static final double LABEL_SHARE = 0.1;

    private final I18n i18n;
    private final ZoneId zone;
    private final ChartStyle style;
    private final boolean english;

    MeetingCharts(I18n i18n, ZoneId zone, ChartStyle style) {
        this.i18n = i18n;
        this.zone = zone;
        this.style = style;
        this.english = "en".equals(i18n.locale().getLanguage());
    }

    JFreeChart incidents(MeetingRecord record, TeaTimeline tea) {
        XYSeriesCollection data = new XYSeriesCollection();
        List<List<String>> labels = new ArrayList<>();
        for (IncidentStatus status : IncidentStatus.values()) {
            data.addSeries(new XYSeries(i18n.get(status.labelKey()), false, true));
            labels.add(new ArrayList<>());
        }
        java.time.Instant from = tea.start();
        java.time.Instant to = tea.end();
        List<Placed> placed = new ArrayList<>();
        for (Map<String, Object> incident : record.inReadingOrder("incident")) {
            if (Boolean.TRUE.equals(incident.get("voided"))) {
                continue;
            }
            java.time.Instant at = TeaTimelineReader.instant(incident.get("occurred_at"));
            from = from == null || at.isBefore(from) ? at : from;
            to = to == null || at.isAfter(to) ? at : to;
            int status = IncidentStatus.valueOf(incident.get("status").toString()).ordinal();
            data.getSeries(status).add(at.toEpochMilli(), Severity.valueOf(incident.get("severity").toString()).ordinal());
            labels.get(status).add(i18n.get(IncidentType.valueOf(incident.get("type").toString()).labelKey()));
            placed.add(new Placed(status, labels.get(status).size() - 1, at.toEpochMilli(),
                    Severity.valueOf(incident.get("severity").toString()).ordinal()));
        }
        String[] severities = new String[Severity.values().length];
        for (Severity severity : Severity.values()) {
            severities[severity.ordinal()] = i18n.get(severity.labelKey());
        }
        XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
        marks.setSeriesShape(0, ChartStyle.square(7));
        marks.setSeriesShape(1, ChartStyle.triangle(8));
        marks.setSeriesShape(2, ChartStyle.circle(7));
        marks.setSeriesShape(3, ChartStyle.circle(7));
        marks.setSeriesShapesFilled(2, false);
        Paint[] paints = {ChartStyle.OVERDUE, ChartStyle.DUE, ChartStyle.ON_TIME, Color.BLACK};
        for (int i = 0; i < paints.length; i++) {
            marks.setSeriesPaint(i, paints[i]);
        }
        marks.setDefaultItemLabelGenerator((dataset, series, item) -> labels.get(series).get(item));
        marks.setDefaultItemLabelsVisible(true);
        marks.setDefaultItemLabelFont(style.font(7f));
        marks.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        SymbolAxis severityAxis = new SymbolAxis(null, severities);
        severityAxis.setGridBandsVisible(false);
        severityAxis.setRange(-0.6, severities.length - 0.4);
        org.jfree.chart.axis.DateAxis time = style.timeAxis(i18n.get("export.chart.time"), zone, from, to);
        time.setRange(time.getLowerBound(), time.getUpperBound() + (time.getUpperBound() - time.getLowerBound()) / 4);
        shareCrowdedLabels(placed, labels, (long) ((time.getUpperBound() - time.getLowerBound()) * LABEL_SHARE));
        XYPlot plot = new XYPlot(data, time, severityAxis, marks);
        JFreeChart chart = style.apply(new JFreeChart(i18n.get("export.chart.incidents"), plot));
        style.breaks(plot, tea, i18n.get("export.chart.break"));
        return chart;
    }

    /** Where an incident's mark stands: its series (status) and item, time and severity row. */
    private record Placed(int series, int item, long at, int severity) {
    }

    /**
     * Marks on one severity row closer in time than a label's width would write their labels over each other
     * (two incidents captured in the same minute printed as one smudge): the first of them carries the types
     * of all, joined, and the others none.
     */
    private void shareCrowdedLabels(List<Placed> placed, List<List<String>> labels, long near) {
        Map<Integer, Placed> labelled = new java.util.HashMap<>();
        for (Placed mark : placed.stream().sorted(java.util.Comparator.comparingLong(Placed::at)).toList()) {
            Placed head = labelled.get(mark.severity());
            if (head != null && mark.at() - head.at() <= near) {
                String shared = labels.get(head.series()).get(head.item());
                String type = labels.get(mark.series()).get(mark.item());
                if (!List.of(shared.split(java.util.regex.Pattern.quote(i18n.get("export.report.listSeparator"))))
                        .contains(type)) {
                    labels.get(head.series()).set(head.item(), shared + i18n.get("export.report.listSeparator") + type);
                }
                labels.get(mark.series()).set(mark.item(), "");
            } else {
                labelled.put(mark.severity(), mark);
            }
        }
    }

    JFreeChart checklist(ReportFigures figures) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ChecklistPhase phase : ChecklistPhase.values()) {
            int[] counts = figures.checklist().get(phase);
            data.addValue(counts[0], i18n.get("export.chart.settled"), i18n.get(phase.labelKey()));
            data.addValue(counts[1] - counts[0], i18n.get("export.chart.open"), i18n.get(phase.labelKey()));
        }
        return stacked(i18n.get("export.chart.checklist"), i18n.get("export.chart.items"), data,
                new Paint[] {new Color(0x37474F), Color.WHITE});
    }

    JFreeChart survey(SurveySummary summary) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<ScaleLevel> levels = summary.template().levels(RatingScale.ITEM);
        for (SurveySummary.ItemCounts item : summary.perItem()) {
            for (ScaleLevel level : levels) {
                data.addValue(item.counts().getOrDefault(level.level(), 0), level.label(english), item.item().label(english));
            }
        }
        Paint[] paints = new Paint[levels.size()];
        for (int i = 0; i < paints.length; i++) {
            paints[i] = i == 0 ? new Color(0x37474F) : i == paints.length - 1 ? Color.WHITE : ChartStyle.hatch(Color.DARK_GRAY);
        }
        return stacked(i18n.get("export.chart.survey"), i18n.get("export.chart.answers"), data, paints);
    }

    /** Horizontal bars stacked by series, their counts written on them; the paints in series order. */
    JFreeChart stacked(String title, String valueLabel, DefaultCategoryDataset data, Paint[] paints) {
        StackedBarRenderer bars = new StackedBarRenderer();
        bars.setDrawBarOutline(true);
        bars.setMaximumBarWidth(0.12);
        for (int i = 0; i < paints.length; i++) {
            bars.setSeriesPaint(i, paints[i]);
            bars.setSeriesOutlinePaint(i, Color.BLACK);
            bars.setSeriesItemLabelPaint(i, i == 0 ? Color.WHITE : Color.BLACK);
        }
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new java.text.DecimalFormat("0")) {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                Number value = dataset.getValue(row, column);
                return value == null || value.intValue() == 0 ? null : super.generateLabel(dataset, row, column);
            }
        });
        bars.setDefaultItemLabelsVisible(true);
        NumberAxis values = new NumberAxis(valueLabel);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CategoryPlot plot = new CategoryPlot(data, new org.jfree.chart.axis.CategoryAxis(), values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = style.apply(new JFreeChart(title, plot));
        bars.setDefaultItemLabelFont(style.font(7f));
        return chart;
    }
}
