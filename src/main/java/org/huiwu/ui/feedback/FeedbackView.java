package org.huiwu.ui.feedback;

import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.ViewLoader;

/**
 * The feedback tab of a meeting (评价与投诉): satisfaction surveys and complaints, each in a sub-tab; the
 * complaints tab shows how many are still open. FX thread only.
 */
public final class FeedbackView extends TabPane {

    @FXML private Tab surveysTab;
    @FXML private Tab complaintsTab;
    @FXML private Tab trendTab;

    private final SurveysView surveys;
    private final ComplaintsView complaints;
    private final ComplaintsViewModel complaintsModel;
    private final I18n i18n;
    private javafx.scene.Node trend;

    public FeedbackView(SurveysView surveys, ComplaintsView complaints, ComplaintsViewModel complaintsModel, I18n i18n) {
        this.surveys = surveys;
        this.complaints = complaints;
        this.complaintsModel = complaintsModel;
        this.i18n = i18n;
        ViewLoader.load(this, i18n);
        getStylesheets().add(Styles.SHEET);
    }

    /** Puts the trend and handling-time view into its sub-tab; {@code shown} runs each time the tab is chosen. */
    public void installTrend(javafx.scene.Node view, Runnable shown) {
        trend = view;
        trendTab.setContent(trend);
        trendTab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                shown.run();
            }
        });
    }

    /** Adds the survey ratings chart as a sub-tab after the surveys. */
    public void installRatingsChart(javafx.scene.Node chart) {
        Tab ratings = new Tab(i18n.get("charts.feedback.tab"), chart);
        ratings.setId("surveyChartTab");
        getTabs().add(getTabs().indexOf(surveysTab) + 1, ratings);
    }

    @FXML
    private void initialize() {
        surveysTab.setContent(surveys);
        complaintsTab.setContent(complaints);
        complaintsTab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                complaintsModel.formShown();
            }
        });
        complaintsTab.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                complaintsModel.openCountProperty().get() == 0 ? i18n.get("feedback.complaint.title")
                        : i18n.format("feedback.complaint.tabOpen", complaintsModel.openCountProperty().get()),
                complaintsModel.openCountProperty()));
    }
}
