package org.huiwu.ui.rounds;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import javafx.collections.FXCollections;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.BorderPane;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.TeaTimeline;
import org.huiwu.ui.control.chart.ChartLegend;

/**
 * The refill intervals against the plan on screen: each interval (running minutes, as the report measures
 * it) at the time it ended, a mark coloured and shaped by how it ended, and the planned interval of each
 * block as a dashed line. Rebuilt on each {@link #show}. FX thread only.
 */
public final class RefillIntervalChart extends BorderPane {

    private final I18n i18n;
    private final Function<TeaTimeline, NumberAxis> timeAxis;
    private LineChart<Number, Number> chart;

    RefillIntervalChart(I18n i18n, Function<TeaTimeline, NumberAxis> timeAxis) {
        this.i18n = i18n;
        this.timeAxis = timeAxis;
        legend(new TreeSet<>());
        clear();
    }

    private void legend(TreeSet<Integer> plans) {
        ChartLegend legend = new ChartLegend().entry(i18n.get("export.chart.onTime"), "timeline-bar", "timing-on-time")
                .entry(i18n.get("export.chart.due"), "timeline-bar", "timing-due")
                .entry(i18n.get("export.chart.overdue"), "timeline-bar", "timing-overdue");
        plans.forEach(plan -> legend.entry(i18n.format("export.chart.plan", plan), "plan-swatch"));
        setBottom(legend);
    }

    void clear() {
        chart = chart(new NumberAxis());
        setCenter(chart);
    }

    private LineChart<Number, Number> chart(NumberAxis time) {
        NumberAxis minutes = new NumberAxis();
        minutes.setLabel(i18n.get("export.chart.minutes"));
        minutes.setForceZeroInRange(true);
        LineChart<Number, Number> built = new LineChart<>(time, minutes);
        built.setId("refillIntervalChart");
        built.getStyleClass().addAll("service-chart", "interval-chart");
        built.getStylesheets().add(ChartLegend.stylesheet());
        built.setAnimated(false);
        built.setLegendVisible(false);
        built.setTitle(i18n.get("export.chart.intervals"));
        return built;
    }

    void show(TeaTimeline tea) {
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        for (TeaTimeline.Timing timing : TeaTimeline.Timing.values()) {
            series.add(new XYChart.Series<>(TeaTimelineChart.label(i18n, timing), FXCollections.observableArrayList()));
        }
        TreeSet<Integer> plans = new TreeSet<>();
        for (TeaTimeline.Gap gap : tea.gaps()) {
            series.get(gap.timing().ordinal()).getData().add(new XYChart.Data<>(RoundSummaryCharts.seconds(gap.to()),
                    gap.minutes()));
            plans.add(gap.planMinutes());
        }
        int marks = series.size();
        NumberAxis time = timeAxis.apply(tea);
        for (int plan : plans) {
            XYChart.Series<Number, Number> line = new XYChart.Series<>(i18n.format("export.chart.plan", plan),
                    FXCollections.observableArrayList());
            line.getData().add(new XYChart.Data<>(time.getLowerBound(), plan));
            line.getData().add(new XYChart.Data<>(time.getUpperBound(), plan));
            series.add(line);
        }
        chart = chart(time);
        chart.getData().setAll(series);
        for (int i = 0; i < series.size(); i++) {
            String style = i < marks ? TeaTimelineChart.styleClass(TeaTimeline.Timing.values()[i]) : "plan-line";
            XYChart.Series<Number, Number> one = series.get(i);
            if (one.getNode() != null) {
                one.getNode().getStyleClass().addAll(i < marks ? "interval-mark" : "plan-line");
            }
            one.getData().forEach(item -> {
                if (item.getNode() != null) {
                    item.getNode().getStyleClass().add(style);
                }
            });
        }
        legend(plans);
        setCenter(chart);
    }

    /** The chart drawn last (tests read its series). */
    public LineChart<Number, Number> chart() {
        return chart;
    }
}
