package org.huiwu.ui.control.chart;

import java.util.Objects;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * A legend drawn beside a chart: a swatch in a chart style class and its text per entry, wrapping when the
 * window is narrow. Used where a chart's own legend cannot show the look (bars, marks, shaded spans). FX
 * thread only.
 */
public final class ChartLegend extends FlowPane {

    public ChartLegend() {
        super(14, 4);
        getStyleClass().add("chart-legend-row");
        setAlignment(Pos.CENTER_LEFT);
        getStylesheets().add(stylesheet());
    }

    /** Adds an entry: a swatch with the chart's style classes (e.g. "timeline-bar", "timing-due") and its text. */
    public ChartLegend entry(String text, String... styleClasses) {
        Region swatch = new Region();
        swatch.getStyleClass().add("chart-legend-swatch");
        swatch.getStyleClass().addAll(styleClasses);
        Label label = new Label(text, swatch);
        label.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().add(label);
        return this;
    }

    /** The shared chart stylesheet, for charts that are not {@link TimelineChart}s. */
    public static String stylesheet() {
        return Objects.requireNonNull(ChartLegend.class.getResource("chart.css")).toExternalForm();
    }
}
