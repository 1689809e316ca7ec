package org.huiwu.ui.feedback;

import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.control.SplitPane;

import org.huiwu.i18n.I18n;
import org.huiwu.model.feedback.SurveyForm;
import org.huiwu.ui.common.ViewLoader;

/**
 * The surveys sub-tab: the summary with the satisfaction rate and its definition, the forms entered, and
 * the entry form with one row of large rating buttons per item. Binds to {@link SurveysViewModel}. FX
 * thread only.
 */
public final class SurveysView extends SplitPane {

    @FXML private TextField enteredByField;
    @FXML private Label rateLabel;
    @FXML private Label definitionLabel;
    @FXML private GridPane summaryGrid;
    @FXML private ListView<SurveyForm> formList;
    @FXML private TextField unitField;
    @FXML private TextField nameField;
    @FXML private VBox ratingRows;
    @FXML private TextArea commentsArea;

    private final SurveysViewModel viewModel;
    private final Runnable editTemplate;

    public SurveysView(SurveysViewModel viewModel, I18n i18n, Runnable editTemplate) {
        this.viewModel = viewModel;
        this.editTemplate = editTemplate;
        ViewLoader.load(this, i18n);
    }

    @FXML
    private void initialize() {
        setDividerPositions(0.42);
        enteredByField.textProperty().bindBidirectional(viewModel.enteredByProperty());
        rateLabel.textProperty().bind(viewModel.rateProperty());
        definitionLabel.textProperty().bind(viewModel.definitionProperty());
        formList.setItems(viewModel.forms());
        formList.setCellFactory(list -> FeedbackCells.text(viewModel::describe, form -> false, ""));
        unitField.textProperty().bindBidirectional(viewModel.unitProperty());
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        commentsArea.textProperty().bindBidirectional(viewModel.commentsProperty());
        viewModel.rows().addListener((ListChangeListener<RatingRow>) change -> buildRows());
        viewModel.overallProperty().addListener((obs, old, row) -> buildRows());
        viewModel.summary().addListener((ListChangeListener<SurveyResults.SummaryLine>) change -> buildSummary());
        buildRows();
        buildSummary();
    }

    private void buildRows() {
        ratingRows.getChildren().clear();
        for (RatingRow row : viewModel.rows()) {
            ratingRows.getChildren().add(ratingRow(row, "rate-" + row.item().position()));
        }
        if (viewModel.overallProperty().get() != null) {
            ratingRows.getChildren().add(ratingRow(viewModel.overallProperty().get(), "overall"));
        }
    }

    private HBox ratingRow(RatingRow row, String idPrefix) {
        Label label = new Label(row.label());
        label.getStyleClass().add(Styles.RATING_LABEL);
        label.setWrapText(true);
        FlowPane buttons = new FlowPane(6, 6);
        ToggleGroup group = new ToggleGroup();
        for (RatingRow.Choice choice : row.choices()) {
            ToggleButton button = new ToggleButton(choice.label());
            button.setId(idPrefix + "-" + choice.level());
            button.getStyleClass().add(Styles.RATING_TOGGLE);
            button.setUserData(choice.level());
            button.setToggleGroup(group);
            button.setSelected(Integer.valueOf(choice.level()).equals(row.chosenProperty().get()));
            buttons.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, toggle) ->
                row.chosenProperty().set(toggle == null ? null : (Integer) toggle.getUserData()));
        row.chosenProperty().addListener((obs, old, level) -> group.getToggles().forEach(toggle ->
                toggle.setSelected(toggle.getUserData().equals(level))));
        HBox line = new HBox(10, label, buttons);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(buttons, javafx.scene.layout.Priority.ALWAYS);
        return line;
    }

    private void buildSummary() {
        summaryGrid.getChildren().clear();
        List<String> header = viewModel.summaryHeader();
        for (int column = 0; column < header.size(); column++) {
            summaryGrid.add(cell(header.get(column), Styles.SUMMARY_HEADER), column, 0);
        }
        int line = 1;
        for (SurveyResults.SummaryLine summaryLine : viewModel.summary()) {
            summaryGrid.add(cell(summaryLine.label(), Styles.SUMMARY_CELL), 0, line);
            if (summaryLine.cells().size() == 1 && header.size() > 2) {
                Label spanning = cell(summaryLine.cells().get(0), Styles.SUMMARY_CELL);
                spanning.setMinWidth(0);
                spanning.setWrapText(true);
                spanning.setMinHeight(Region.USE_PREF_SIZE);
                summaryGrid.add(spanning, 1, line, header.size() - 1, 1);
            } else {
                for (int column = 0; column < summaryLine.cells().size(); column++) {
                    summaryGrid.add(cell(summaryLine.cells().get(column), Styles.SUMMARY_CELL), column + 1, line);
                }
            }
            line++;
        }
    }

    private static Label cell(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    @FXML private void onSave() { viewModel.save(); }
    @FXML private void onClear() { viewModel.clearForm(); }
    @FXML private void onEditTemplate() { editTemplate.run(); }
    @FXML private void onRemove() { viewModel.remove(formList.getSelectionModel().getSelectedItem()); }
}
