package org.huiwu.ui.export;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.ExportFormat;
import org.huiwu.ui.common.ChoiceLabels;
import org.huiwu.ui.common.ViewLoader;
import org.huiwu.ui.export.MeetingSelection.Scope;

/** The export dialog's form; binds to {@link ExportChoiceViewModel}. FX thread only. */
public final class ExportChoiceView extends VBox {

    @FXML private ToggleGroup scopeGroup;
    @FXML private RadioButton pickedChoice;
    @FXML private RadioButton rangeChoice;
    @FXML private VBox pickedPane;
    @FXML private HBox rangePane;
    @FXML private TextField searchField;
    @FXML private ListView<MeetingChoice> meetingList;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private Label summaryLabel;
    @FXML private ComboBox<ExportFormat> formatBox;
    @FXML private TextField folderField;
    @FXML private Label problemLabel;

    private final ExportChoiceViewModel model;
    private final I18n i18n;

    public ExportChoiceView(ExportChoiceViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        ViewLoader.load(this, i18n);
        getStylesheets().add(ExportChoiceView.class.getResource("export.css").toExternalForm());
    }

    @FXML
    private void initialize() {
        pickedChoice.setUserData(Scope.PICKED);
        rangeChoice.setUserData(Scope.DATE_RANGE);
        scopeGroup.selectToggle(model.scopeProperty().get() == Scope.PICKED ? pickedChoice : rangeChoice);
        scopeGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.scopeProperty().set((Scope) now.getUserData());
            }
        });
        pickedPane.disableProperty().bind(model.scopeProperty().isNotEqualTo(Scope.PICKED));
        rangePane.disableProperty().bind(model.scopeProperty().isNotEqualTo(Scope.DATE_RANGE));
        searchField.textProperty().bindBidirectional(model.searchProperty());
        meetingList.setItems(model.shownMeetings());
        meetingList.setCellFactory(CheckBoxListCell.forListView(MeetingChoice::chosenProperty,
                ChoiceLabels.of(choice -> i18n.format("export.dialog.meeting", i18n.date(choice.date()), choice.title()))));
        fromPicker.setConverter(new org.huiwu.ui.common.DayConverter(i18n));
        toPicker.setConverter(new org.huiwu.ui.common.DayConverter(i18n));
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        formatBox.getItems().setAll(ExportChoiceViewModel.FORMATS);
        formatBox.setConverter(ChoiceLabels.of(format -> i18n.get(switch (format) {
            case XLSX -> "export.window.format.xlsx";
            case CSV -> "export.window.format.csv";
            case PDF -> "export.window.format.pdf";
            case BUNDLE -> "export.window.format.bundle";
        })));
        formatBox.valueProperty().bindBidirectional(model.formatProperty());
        folderField.textProperty().bindBidirectional(model.folderTextProperty());
        problemLabel.textProperty().bind(model.problemProperty());
        problemLabel.visibleProperty().bind(model.problemProperty().isNotEmpty());
    }

    @FXML
    private void onChooseAll() {
        model.chooseAllShown(true);
    }

    @FXML
    private void onChooseNone() {
        model.chooseAllShown(false);
    }

    @FXML
    private void onChooseFolder() {
        model.chooseFolder();
    }
}
