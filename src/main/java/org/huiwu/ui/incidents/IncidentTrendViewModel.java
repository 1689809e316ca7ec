package org.huiwu.ui.incidents;

import java.util.List;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.logic.incidents.IncidentTrend;
import org.huiwu.ui.common.TaskRunner;

/**
 * The incidents meeting by meeting over the last year, for the trend sub-tab: the points as
 * {@link IncidentTrend} counts them (the report's trend page reads the same), read in the background each
 * time the tab is shown. FX thread only.
 */
public final class IncidentTrendViewModel {

    private final IncidentTrend trend;
    private final TaskRunner runner;
    private final IncidentTexts texts;
    private final ObservableList<IncidentTrend.Point> points = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty(this, "status", "");

    public IncidentTrendViewModel(IncidentTrend trend, TaskRunner runner, IncidentTexts texts) {
        this.trend = trend;
        this.runner = runner;
        this.texts = texts;
    }

    /** Reads the points of the last year. */
    public void load() {
        status.set(texts.i18n().get("charts.loading"));
        runner.run(trend::lastYear, (List<IncidentTrend.Point> read) -> {
            points.setAll(read);
            status.set(read.isEmpty() ? texts.i18n().get("charts.incidents.none") : "");
        }, failure -> status.set(texts.describe(failure)));
    }

    public ObservableList<IncidentTrend.Point> points() { return points; }
    public StringProperty statusProperty() { return status; }
    public IncidentTexts texts() { return texts; }
}
