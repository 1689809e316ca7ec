package org.huiwu.ui.feedback;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.huiwu.i18n.I18n;
import org.huiwu.model.feedback.RatingScale;
import org.huiwu.model.feedback.ScaleLevel;
import org.huiwu.model.feedback.SurveySummary;
import org.huiwu.ui.control.chart.ChartLegend;

/**
 * The survey ratings per item on screen, as the report draws them: a bar per item (in form order, top to
 * bottom) stacked by rating level with the number of forms giving it, drawn from the meeting's
 * {@link SurveySummary} as the surveys' model last read it. FX thread only.
 */
public final class SurveyRatingsChart extends VBox {

    private final I18n i18n;
    private final boolean english;
    private final Label empty = new Label();
    private StackedBarChart<Number, String> chart;
    private ChartLegend legend = new ChartLegend();

    public SurveyRatingsChart(ObservableValue<SurveySummary> summary, I18n i18n, boolean english) {
        this.i18n = i18n;
        this.english = english;
        setSpacing(6);
        setPadding(new Insets(8));
        empty.setText(i18n.get("charts.feedback.none"));
        empty.getStyleClass().add("feedback-note");
        chart = chart(List.of());
        getChildren().addAll(empty, chart, legend);
        summary.addListener((obs, old, counted) -> show(counted));
        show(summary.getValue());
    }

    private StackedBarChart<Number, String> chart(List<String> items) {
        NumberAxis answers = new NumberAxis();
        answers.setLabel(i18n.get("export.chart.answers"));
        answers.setMinorTickVisible(false);
        answers.setTickLabelFormatter(new NumberAxis.DefaultFormatter(answers) {
            @Override
            public String toString(Number value) {
                return value.doubleValue() == Math.rint(value.doubleValue()) ? Long.toString(value.longValue()) : "";
            }
        });
        CategoryAxis rows = new CategoryAxis(FXCollections.observableArrayList(items));
        rows.setAutoRanging(items.isEmpty());
        StackedBarChart<Number, String> built = new StackedBarChart<>(answers, rows);
        built.setId("surveyRatingsChart");
        built.getStyleClass().add("service-chart");
        built.getStylesheets().add(ChartLegend.stylesheet());
        built.setAnimated(false);
        built.setLegendVisible(false);
        built.setTitle(i18n.get("export.chart.survey"));
        VBox.setVgrow(built, Priority.ALWAYS);
        return built;
    }

    private void show(SurveySummary counted) {
        boolean none = counted == null || counted.forms() == 0;
        empty.setVisible(none);
        empty.setManaged(none);
        if (counted == null) {
            return;
        }
        List<String> items = new ArrayList<>();
        List<ScaleLevel> levels = counted.template().levels(RatingScale.ITEM);
        List<XYChart.Series<Number, String>> series = new ArrayList<>();
        for (ScaleLevel level : levels) {
            series.add(new XYChart.Series<>(level.label(english), FXCollections.observableArrayList()));
        }
        for (SurveySummary.ItemCounts item : counted.perItem()) {
            String name = item.item().label(english);
            items.add(name);
            for (int i = 0; i < levels.size(); i++) {
                series.get(i).getData().add(new XYChart.Data<>(item.counts().getOrDefault(levels.get(i).level(), 0), name));
            }
        }
        Collections.reverse(items);
        StackedBarChart<Number, String> next = chart(items);
        next.getData().setAll(series);
        ChartLegend key = new ChartLegend();
        for (int i = 0; i < levels.size(); i++) {
            String style = i == 0 ? "rating-best" : i == levels.size() - 1 ? "rating-worst" : "rating-between";
            key.entry(levels.get(i).label(english), style);
            series.get(i).getData().forEach(d -> {
                if (d.getNode() != null) {
                    d.getNode().getStyleClass().add(style);
                }
            });
        }
        getChildren().set(getChildren().indexOf(chart), next);
        getChildren().set(getChildren().indexOf(legend), key);
        legend = key;
        chart = next;
    }

    /** The chart drawn last (tests read its series). */
    public StackedBarChart<Number, String> chart() {
        return chart;
    }
}
