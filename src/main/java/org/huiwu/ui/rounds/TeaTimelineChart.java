package org.huiwu.ui.rounds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import javafx.collections.FXCollections;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.ChartFigures;
import org.huiwu.logic.export.TeaTimeline;
import org.huiwu.ui.control.chart.ChartLegend;
import org.huiwu.ui.control.chart.TimelineChart;

/**
 * The tea-service timeline on screen: a row per served seat (in seat order, named as people say it), each
 * refill interval as bars on time, due and overdue exactly as {@link TeaTimeline.Gap#segments()} cut it,
 * pours as marks, breaks shaded; the legend below; the rows scroll when there are many seats. Rebuilt on
 * each {@link #show}. FX thread only.
 */
public final class TeaTimelineChart extends BorderPane {

    private static final double ROW_HEIGHT = 20;

    private final I18n i18n;
    private final Function<TeaTimeline, NumberAxis> timeAxis;
    private final ScrollPane rows = new ScrollPane();
    private TimelineChart chart;

    TeaTimelineChart(I18n i18n, Function<TeaTimeline, NumberAxis> timeAxis) {
        this.i18n = i18n;
        this.timeAxis = timeAxis;
        rows.setFitToWidth(true);
        rows.setFitToHeight(true);
        setCenter(rows);
        setBottom(new ChartLegend().entry(i18n.get("export.chart.onTime"), "timeline-bar", "timing-on-time")
                .entry(i18n.get("export.chart.due"), "timeline-bar", "timing-due")
                .entry(i18n.get("export.chart.overdue"), "timeline-bar", "timing-overdue")
                .entry(i18n.get("export.chart.pour"), "timeline-mark")
                .entry(i18n.get("export.chart.break"), "timeline-break"));
        clear();
    }

    void clear() {
        chart = new TimelineChart(new NumberAxis(), new CategoryAxis());
        chart.setId("teaTimelineChart");
        rows.setContent(chart);
    }

    void show(ChartFigures figures) {
        TeaTimeline tea = figures.figures().tea();
        List<String> names = new ArrayList<>();
        List<XYChart.Series<Number, String>> series = new ArrayList<>();
        for (TeaTimeline.Timing timing : TeaTimeline.Timing.values()) {
            series.add(new XYChart.Series<>(label(i18n, timing), FXCollections.observableArrayList()));
        }
        XYChart.Series<Number, String> pours = new XYChart.Series<>(i18n.get("export.chart.pour"),
                FXCollections.observableArrayList());
        for (TeaTimeline.SeatRow seat : tea.seats()) {
            String name = figures.seatName(seat.seatKey());
            names.add(name);
            for (TeaTimeline.Gap gap : seat.gaps()) {
                for (TeaTimeline.Segment part : gap.segments()) {
                    series.get(part.timing().ordinal()).getData().add(new XYChart.Data<>(
                            RoundSummaryCharts.seconds(part.from()), name,
                            new TimelineChart.Bar(RoundSummaryCharts.seconds(part.to()), styleClass(part.timing()))));
                }
            }
            seat.pours().forEach(at -> pours.getData().add(new XYChart.Data<>(RoundSummaryCharts.seconds(at), name,
                    new TimelineChart.Mark("pour"))));
        }
        Collections.reverse(names);
        CategoryAxis seats = new CategoryAxis(FXCollections.observableArrayList(names));
        seats.setAutoRanging(false);
        chart = new TimelineChart(timeAxis.apply(tea), seats);
        chart.setId("teaTimelineChart");
        chart.setTitle(i18n.get("export.chart.timeline"));
        chart.setMinHeight(90 + ROW_HEIGHT * names.size());
        tea.breaks().forEach(span -> chart.shaded().add(new TimelineChart.Span(RoundSummaryCharts.seconds(span.from()),
                RoundSummaryCharts.seconds(span.to()))));
        series.add(pours);
        chart.getData().setAll(series);
        rows.setContent(chart);
    }

    /** The chart drawn last (tests read its series). */
    public TimelineChart chart() {
        return chart;
    }

    static String label(I18n i18n, TeaTimeline.Timing timing) {
        return switch (timing) {
            case ON_TIME -> i18n.get("export.chart.onTime");
            case DUE -> i18n.get("export.chart.due");
            case OVERDUE -> i18n.get("export.chart.overdue");
        };
    }

    static String styleClass(TeaTimeline.Timing timing) {
        return switch (timing) {
            case ON_TIME -> "timing-on-time";
            case DUE -> "timing-due";
            case OVERDUE -> "timing-overdue";
        };
    }
}
