package org.huiwu.ui.staff;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.huiwu.logic.staff.MonthlySummary;

/**
 * A month of assessments: per person and for the team the count and average (as a percentage of the
 * form's maximum, so form versions compare), with a line chart of the team's average per assessed day and,
 * for the person chosen in the table, theirs.
 * Binds to {@link AssessmentViewModel}. FX thread only.
 */
final class MonthlySummaryPane extends VBox {

    private final TableView<MonthlySummary.PersonRow> table = new TableView<>();
    private final LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis(0, 100, 20));
    private final Label month = new Label();

    MonthlySummaryPane(AssessmentViewModel model) {
        var i18n = model.texts().i18n();
        setSpacing(8);
        getStyleClass().add("staff-pane");
        Button previous = new Button("◀");
        previous.setId("previousMonthButton");
        previous.setOnAction(e -> model.showMonth(model.monthProperty().get().minusMonths(1)));
        Button next = new Button("▶");
        next.setId("nextMonthButton");
        next.setOnAction(e -> model.showMonth(model.monthProperty().get().plusMonths(1)));
        month.setId("summaryMonth");
        month.getStyleClass().add("staff-heading");
        HBox bar = new HBox(8, previous, month, next);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        table.setId("monthlySummary");
        table.setPrefHeight(170);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<MonthlySummary.PersonRow, String> name = new TableColumn<>(i18n.get("staff.export.name"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().staffId() == null
                ? i18n.get("staff.assess.team") : c.getValue().name()));
        TableColumn<MonthlySummary.PersonRow, Number> count = new TableColumn<>(i18n.get("staff.assess.count"));
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().assessments()));
        TableColumn<MonthlySummary.PersonRow, String> average = new TableColumn<>(i18n.get("staff.assess.average"));
        average.setCellValueFactory(c -> new ReadOnlyStringWrapper(i18n.format("staff.assess.percent",
                c.getValue().averagePercent())));
        TableColumn<MonthlySummary.PersonRow, String> range = new TableColumn<>(i18n.get("staff.assess.range"));
        range.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().lowestTotal() + "–"
                + c.getValue().highestTotal()));
        table.getColumns().setAll(java.util.List.of(name, count, average, range));
        table.setPlaceholder(new Label(i18n.get("staff.assess.noneThisMonth")));
        chart.setId("assessmentTrend");
        chart.setTitle(i18n.get("staff.assess.trend"));
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setPrefHeight(220);
        chart.setMinHeight(160);
        VBox.setVgrow(chart, Priority.ALWAYS);
        model.summaryProperty().addListener((o, was, now) -> show(now, i18n));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (model.summaryProperty().get() != null) {
                plot(model.summaryProperty().get(), now, i18n);
            }
        });
        getChildren().addAll(bar, table, chart);
    }

    private void show(MonthlySummary summary, org.huiwu.i18n.I18n i18n) {
        month.setText(i18n.format("staff.assess.month", summary.month().getYear(), summary.month().getMonthValue()));
        table.getItems().setAll(summary.people());
        if (!summary.people().isEmpty()) {
            table.getItems().add(summary.team());
        }
        plot(summary, null, i18n);
    }

    /**
     * Draws the team's average per assessed day and, when a person's row is chosen, theirs beside it (the
     * person's days placed on the team's, which include them).
     */
    private void plot(MonthlySummary summary, MonthlySummary.PersonRow chosen, org.huiwu.i18n.I18n i18n) {
        XYChart.Series<String, Number> team = new XYChart.Series<>();
        team.setName(i18n.get("staff.assess.team"));
        summary.teamByDay().forEach((day, percent) -> team.getData().add(new XYChart.Data<>(i18n.date(day), percent)));
        java.util.List<XYChart.Series<String, Number>> series = new java.util.ArrayList<>(java.util.List.of(team));
        if (chosen != null && chosen.staffId() != null) {
            XYChart.Series<String, Number> person = new XYChart.Series<>();
            person.setName(chosen.name());
            summary.personByDay().getOrDefault(chosen.staffId(), java.util.Map.of())
                    .forEach((day, percent) -> person.getData().add(new XYChart.Data<>(i18n.date(day), percent)));
            series.add(person);
        }
        chart.getData().setAll(series);
    }

    /** The chart (tests read its series). */
    LineChart<String, Number> chart() {
        return chart;
    }
}
