package org.huiwu.ui.guides;

import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.ChoiceLabels;
import org.huiwu.ui.common.ViewLoader;

/**
 * The form that records a training session: trainer, date, trainees one per line, notes and the guides
 * covered as ticks. Shown in a dialog whose OK button is enabled only when the record is complete.
 * Binds to {@link TrainingRecordViewModel}. FX thread only.
 */
public final class TrainingRecordView extends GridPane {

    @FXML private TextField trainerField;
    @FXML private DatePicker datePicker;
    @FXML private TextArea traineesArea;
    @FXML private TextField notesField;
    @FXML private ListView<TrainingRecordViewModel.GuideChoice> guideChoices;

    private final TrainingRecordViewModel viewModel;

    private final I18n i18n;

    public TrainingRecordView(TrainingRecordViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        ViewLoader.load(this, i18n);
    }

    @FXML
    private void initialize() {
        trainerField.textProperty().bindBidirectional(viewModel.trainerProperty());
        datePicker.setConverter(new org.huiwu.ui.common.DayConverter(i18n));
        datePicker.valueProperty().bindBidirectional(viewModel.dateProperty());
        traineesArea.textProperty().bindBidirectional(viewModel.traineesProperty());
        notesField.textProperty().bindBidirectional(viewModel.notesProperty());
        guideChoices.setItems(FXCollections.observableArrayList(viewModel.guides()));
        guideChoices.setCellFactory(CheckBoxListCell.forListView(TrainingRecordViewModel.GuideChoice::covered,
                ChoiceLabels.of(TrainingRecordViewModel.GuideChoice::title)));
    }

    /** Shows the form in a dialog over {@code owner} and saves it when the user confirms. */
    public static void showDialog(TrainingRecordViewModel viewModel, I18n i18n, Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.setTitle(i18n.get("guides.training.title"));
        dialog.getDialogPane().setContent(new TrainingRecordView(viewModel, i18n));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(viewModel.canSaveProperty().not());
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> viewModel.save());
    }
}
