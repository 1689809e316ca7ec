package org.huiwu.ui.feedback;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.huiwu.logic.feedback.SurveyTrend;

/**
 * The trend sub-tab of the feedback tab: the satisfaction rate meeting by meeting as a line chart, and
 * the venue's complaint handling time (committed on Enter or when the field is left), with what it means
 * now. Built in code because the chart's points are data. Binds to {@link FeedbackTrendViewModel}.
 * FX thread only.
 */
public final class FeedbackTrendView extends VBox {

    private final FeedbackTrendViewModel model;
    private final LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis(0, 100, 20));
    private final Label empty = new Label();

    public FeedbackTrendView(FeedbackTrendViewModel model) {
        this.model = model;
        var i18n = model.texts().i18n();
        setSpacing(8);
        getStyleClass().add("feedback-pane");
        chart.setId("surveyTrend");
        chart.setTitle(i18n.get("feedback.trend.chart"));
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setMinHeight(200);
        VBox.setVgrow(chart, Priority.ALWAYS);
        empty.setText(i18n.get("feedback.trend.none"));
        empty.getStyleClass().add("feedback-note");
        TextField hours = new TextField();
        hours.setId("handlingHours");
        hours.setPrefColumnCount(5);
        hours.textProperty().bindBidirectional(model.hoursProperty());
        hours.setOnAction(e -> model.saveHours());
        hours.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                model.saveHours();
            }
        });
        Label status = new Label();
        status.setId("handlingTimeStatus");
        status.setWrapText(true);
        status.getStyleClass().add("feedback-note");
        status.textProperty().bind(model.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        Label hoursLabel = new Label(i18n.get("feedback.trend.hours"));
        hoursLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        hours.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.setMinWidth(0);
        HBox time = new HBox(8, hoursLabel, hours, status);
        time.setAlignment(Pos.CENTER_LEFT);
        model.points().addListener((ListChangeListener<SurveyTrend.Point>) change -> redraw());
        getChildren().addAll(time, empty, chart);
    }

    private void redraw() {
        var i18n = model.texts().i18n();
        XYChart.Series<String, Number> rates = new XYChart.Series<>();
        for (SurveyTrend.Point point : model.points()) {
            if (point.rate().isPresent()) {
                String title = point.title().length() > 8 ? point.title().substring(0, 8) + "…" : point.title();
                rates.getData().add(new XYChart.Data<>(i18n.format("feedback.trend.point", i18n.date(point.date()),
                        title), Math.round(point.rate().getAsDouble() * 1000) / 10.0));
            }
        }
        chart.getData().setAll(java.util.List.of(rates));
        empty.setVisible(rates.getData().isEmpty());
        empty.setManaged(rates.getData().isEmpty());
    }
}
