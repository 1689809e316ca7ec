package org.huiwu.ui.incidents;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.incidents.IncidentTrend;
import org.huiwu.model.incidents.Severity;
import org.huiwu.ui.control.chart.ChartLegend;

/**
 * The trend sub-tab of the incidents tab: each meeting of the last year (by date, oldest left) with its
 * incidents stacked by severity, as the report's trend page draws them; the legend below. Binds to
 * {@link IncidentTrendViewModel}. FX thread only.
 */
public final class IncidentTrendView extends VBox {

    private static final int TITLE_CHARACTERS = 8;

    private final IncidentTrendViewModel model;
    private final I18n i18n;
    private StackedBarChart<String, Number> chart;

    public IncidentTrendView(IncidentTrendViewModel model) {
        this.model = model;
        this.i18n = model.texts().i18n();
        setSpacing(6);
        setPadding(new Insets(8));
        Label status = new Label();
        status.setId("incidentTrendStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.managedProperty().bind(status.textProperty().isEmpty().not());
        status.visibleProperty().bind(status.managedProperty());
        ChartLegend legend = new ChartLegend();
        for (Severity severity : Severity.values()) {
            legend.entry(i18n.get(severity.labelKey()), severityClass(severity));
        }
        chart = build();
        getChildren().addAll(status, chart, legend);
        model.points().addListener((ListChangeListener<IncidentTrend.Point>) change -> redraw());
    }

    private StackedBarChart<String, Number> build() {
        NumberAxis count = new NumberAxis();
        count.setLabel(i18n.get("export.trend.count"));
        count.setMinorTickVisible(false);
        count.setTickLabelFormatter(new NumberAxis.DefaultFormatter(count) {
            @Override
            public String toString(Number value) {
                return value.doubleValue() == Math.rint(value.doubleValue()) ? Long.toString(value.longValue()) : "";
            }
        });
        StackedBarChart<String, Number> built = new StackedBarChart<>(new CategoryAxis(), count);
        built.setId("incidentTrendChart");
        built.getStyleClass().add("service-chart");
        built.getStylesheets().add(ChartLegend.stylesheet());
        built.setAnimated(false);
        built.setLegendVisible(false);
        built.setTitle(i18n.get("export.trend.incidents"));
        VBox.setVgrow(built, Priority.ALWAYS);
        return built;
    }

    private void redraw() {
        List<String> meetings = new ArrayList<>();
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            series.add(new XYChart.Series<>(i18n.get(severity.labelKey()), FXCollections.observableArrayList()));
        }
        for (IncidentTrend.Point point : model.points()) {
            String title = point.title().length() > TITLE_CHARACTERS
                    ? point.title().substring(0, TITLE_CHARACTERS) + "…" : point.title();
            String name = i18n.format("export.trend.meeting", i18n.date(point.date()), title);
            meetings.add(name);
            for (Severity severity : Severity.values()) {
                series.get(severity.ordinal()).getData().add(new XYChart.Data<>(name, point.bySeverity().get(severity)));
            }
        }
        StackedBarChart<String, Number> next = build();
        ((CategoryAxis) next.getXAxis()).setCategories(FXCollections.observableArrayList(meetings));
        next.getData().setAll(series);
        for (Severity severity : Severity.values()) {
            series.get(severity.ordinal()).getData().forEach(item -> {
                if (item.getNode() != null) {
                    item.getNode().getStyleClass().add(severityClass(severity));
                }
            });
        }
        getChildren().set(getChildren().indexOf(chart), next);
        chart = next;
    }

    private static String severityClass(Severity severity) {
        return "severity-" + severity.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The chart drawn last (tests read its series). */
    public StackedBarChart<String, Number> chart() {
        return chart;
    }
}
