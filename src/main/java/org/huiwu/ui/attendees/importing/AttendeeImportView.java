package org.huiwu.ui.attendees.importing;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.huiwu.logic.attendees.ImportMode;
import org.huiwu.logic.attendees.importing.AttendeeField;
import org.huiwu.logic.attendees.importing.ImportRow;
import org.huiwu.ui.common.ChoiceLabels;
import org.huiwu.ui.common.EnumLabels;
import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.ViewLoader;

/**
 * The content of the import dialog: file facts, sheet choice, one field chooser per column, the checked
 * rows, the list of problems and the choice between adding to the list and replacing it. Binds to {@link AttendeeImportViewModel}. FX thread only.
 */
public final class AttendeeImportView extends VBox {

    @FXML private Label sourceLabel;
    @FXML private ComboBox<String> sheetBox;
    @FXML private CheckBox headerRowBox;
    @FXML private HBox mappingRow;
    @FXML private TableView<ImportRow> previewTable;
    @FXML private TableColumn<ImportRow, Object> rowColumn;
    @FXML private TableColumn<ImportRow, Object> nameColumn;
    @FXML private TableColumn<ImportRow, Object> organisationColumn;
    @FXML private TableColumn<ImportRow, Object> positionColumn;
    @FXML private TableColumn<ImportRow, Object> rankColumn;
    @FXML private TableColumn<ImportRow, Object> roleColumn;
    @FXML private TableColumn<ImportRow, Object> statusColumn;
    @FXML private ListView<String> problemList;
    @FXML private Label verdictLabel;
    @FXML private ProgressBar progressBar;
    @FXML private RadioButton addModeButton;
    @FXML private RadioButton replaceModeButton;

    private final AttendeeImportViewModel viewModel;
    private final I18n i18n;
    private final EnumLabels labels;

    public AttendeeImportView(AttendeeImportViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.labels = new EnumLabels(i18n);
        ViewLoader.load(this, i18n);
    }

    @FXML
    private void initialize() {
        sourceLabel.textProperty().bind(viewModel.sourceDescriptionProperty());
        sheetBox.setItems(viewModel.sheetNames());
        sheetBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.sheetNames()));
        sheetBox.managedProperty().bind(sheetBox.visibleProperty());
        viewModel.sheetProperty().addListener((obs, old, sheet) -> sheetBox.setValue(sheet));
        sheetBox.setOnAction(event -> viewModel.chooseSheet(sheetBox.getValue()));
        headerRowBox.selectedProperty().bindBidirectional(viewModel.headerRowProperty());
        viewModel.columns().addListener((ListChangeListener<ColumnChoice>) change -> rebuildMapping());

        previewTable.setItems(viewModel.rows());
        column(rowColumn, ImportRow::rowNumber);
        column(nameColumn, ImportRow::name);
        column(organisationColumn, ImportRow::organisation);
        column(positionColumn, ImportRow::position);
        column(rankColumn, row -> row.rank() > 0 ? row.rank() : "");
        column(roleColumn, row -> row.role() == null ? "" : labels.of(row.role()));
        column(statusColumn, row -> row.hasErrors() ? i18n.get("import.row.error")
                : row.problems().isEmpty() ? i18n.get("import.row.ok") : i18n.get("import.row.warning"));
        problemList.setItems(viewModel.problems());
        verdictLabel.textProperty().bind(viewModel.verdictProperty());
        progressBar.visibleProperty().bind(viewModel.busyProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        bindMode();
    }

    private void bindMode() {
        ToggleGroup modes = new ToggleGroup();
        addModeButton.setToggleGroup(modes);
        replaceModeButton.setToggleGroup(modes);
        addModeButton.setUserData(ImportMode.ADD);
        replaceModeButton.setUserData(ImportMode.REPLACE);
        replaceModeButton.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.format("import.mode.replace", viewModel.existingProperty().get()),
                viewModel.existingProperty()));
        modes.selectToggle(viewModel.modeProperty().get() == ImportMode.REPLACE ? replaceModeButton : addModeButton);
        modes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                modes.selectToggle(old);
            } else {
                viewModel.modeProperty().set((ImportMode) now.getUserData());
            }
        });
    }

    private static void column(TableColumn<ImportRow, Object> column, Function<ImportRow, Object> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    private void rebuildMapping() {
        mappingRow.getChildren().clear();
        for (ColumnChoice choice : viewModel.columns()) {
            Label caption = new Label(choice.caption().isBlank()
                    ? i18n.format("import.column.numbered", choice.column() + 1) : choice.caption());
            caption.getStyleClass().add("mapping-caption");
            ComboBox<AttendeeField> field = new ComboBox<>();
            field.getItems().add(null);
            field.getItems().addAll(AttendeeField.values());
            field.setConverter(ChoiceLabels.of(f -> i18n.get(f.key())));
            field.setButtonCell(new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(AttendeeField item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(item == null ? i18n.get("import.field.ignore") : i18n.get(item.key()));
                }
            });
            field.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(AttendeeField item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item == null ? i18n.get("import.field.ignore") : i18n.get(item.key()));
                }
            });
            field.valueProperty().bindBidirectional(choice.fieldProperty());
            field.setId("mapping-" + choice.column());
            VBox box = new VBox(4, caption, field);
            box.getStyleClass().add("mapping-column");
            mappingRow.getChildren().add(box);
        }
    }
}
