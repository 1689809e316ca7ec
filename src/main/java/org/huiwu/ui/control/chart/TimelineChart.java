package org.huiwu.ui.control.chart;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;

/**
 * A chart of rows against time: each data item is a bar from its X value to {@link Bar#end()} (a stretch of
 * time) or a {@link Mark} at its X value (an instant), on the row named by its Y value; shaded spans lie
 * behind all rows. How a bar or mark looks is CSS: the style class its extra value names (see
 * {@code chart.css}), so a theme can recolour it. X values are seconds; the axis labels are set by the
 * caller. FX thread only.
 */
public final class TimelineChart extends XYChart<Number, String> {

    /** The extra value of a bar: where it ends (seconds) and its style class. */
    public record Bar(double end, String styleClass) {
    }

    /** The extra value of a mark, with its style class. */
    public record Mark(String styleClass) {
    }

    /** A shaded span behind the rows (a break), from and to in seconds. */
    public record Span(double from, double to) {
    }

    private static final double BAR_SHARE = 0.56;
    private static final double MARK_SIZE = 9;

    private final ObservableList<Span> shaded = FXCollections.observableArrayList();
    private final List<Region> shades = new ArrayList<>();

    public TimelineChart(NumberAxis time, CategoryAxis rows) {
        super(time, rows);
        getStyleClass().add("timeline-chart");
        setLegendVisible(false);
        setAnimated(false);
        setData(FXCollections.observableArrayList());
        shaded.addListener((ListChangeListener<Span>) change -> {
            getPlotChildren().removeAll(shades);
            shades.clear();
            for (Span span : shaded) {
                Region shade = new Region();
                shade.getStyleClass().add("timeline-break");
                shades.add(shade);
            }
            getPlotChildren().addAll(0, shades);
            requestChartLayout();
        });
    }

    /** The spans shaded behind the rows. */
    public ObservableList<Span> shaded() {
        return shaded;
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(TimelineChart.class.getResource("chart.css")).toExternalForm();
    }

    @Override
    protected void dataItemAdded(Series<Number, String> series, int itemIndex, Data<Number, String> item) {
        Region node = new Region();
        if (item.getExtraValue() instanceof Bar bar) {
            node.getStyleClass().addAll("timeline-bar", bar.styleClass());
        } else if (item.getExtraValue() instanceof Mark mark) {
            node.getStyleClass().addAll("timeline-mark", mark.styleClass());
        }
        item.setNode(node);
        getPlotChildren().add(node);
    }

    @Override
    protected void dataItemRemoved(Data<Number, String> item, Series<Number, String> series) {
        getPlotChildren().remove(item.getNode());
        removeDataItemFromDisplay(series, item);
    }

    @Override
    protected void dataItemChanged(Data<Number, String> item) {
        requestChartLayout();
    }

    @Override
    protected void seriesAdded(Series<Number, String> series, int seriesIndex) {
        for (int i = 0; i < series.getData().size(); i++) {
            dataItemAdded(series, i, series.getData().get(i));
        }
    }

    @Override
    protected void seriesRemoved(Series<Number, String> series) {
        for (Data<Number, String> item : series.getData()) {
            getPlotChildren().remove(item.getNode());
        }
        removeSeriesFromDisplay(series);
    }

    @Override
    protected void layoutPlotChildren() {
        NumberAxis time = (NumberAxis) getXAxis();
        CategoryAxis rows = (CategoryAxis) getYAxis();
        double rowHeight = Math.max(4, rows.getCategorySpacing() * BAR_SHARE);
        double top = 0;
        double bottom = rows.getHeight();
        for (int i = 0; i < shaded.size() && i < shades.size(); i++) {
            double from = time.getDisplayPosition(shaded.get(i).from());
            double to = time.getDisplayPosition(shaded.get(i).to());
            shades.get(i).resizeRelocate(from, top, Math.max(1, to - from), bottom - top);
        }
        for (Iterator<Series<Number, String>> all = getDisplayedSeriesIterator(); all.hasNext();) {
            for (Data<Number, String> item : all.next().getData()) {
                Node node = item.getNode();
                double x = time.getDisplayPosition(item.getXValue());
                double y = rows.getDisplayPosition(item.getYValue());
                if (!(node instanceof Region region) || Double.isNaN(y)) {
                    continue;
                }
                if (item.getExtraValue() instanceof Bar bar) {
                    double width = Math.max(1, time.getDisplayPosition(bar.end()) - x);
                    region.resizeRelocate(x, y - rowHeight / 2, width, rowHeight);
                } else {
                    region.resizeRelocate(x - MARK_SIZE / 2, y - MARK_SIZE / 2, MARK_SIZE, MARK_SIZE);
                }
            }
        }
    }
}
