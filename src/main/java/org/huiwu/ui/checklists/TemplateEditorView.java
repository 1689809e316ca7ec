package org.huiwu.ui.checklists;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.checklists.TemplateItem;
import org.huiwu.ui.common.ChoiceLabels;
import org.huiwu.ui.common.ViewLoader;

/**
 * The checklist template editor (shown in a dialog): phase, its active items, the two texts, and add,
 * save text, up, down and retire. Binds to {@link TemplateEditorViewModel}. FX thread only.
 */
public final class TemplateEditorView extends VBox {

    @FXML private ComboBox<ChecklistPhase> phaseBox;
    @FXML private ListView<TemplateItem> itemList;
    @FXML private TextField zhField;
    @FXML private TextField enField;

    private final TemplateEditorViewModel viewModel;

    public TemplateEditorView(TemplateEditorViewModel viewModel) {
        this.viewModel = viewModel;
        ViewLoader.load(this, viewModel.texts().i18n());
        getStylesheets().add(ChecklistsView.SHEET);
    }

    @FXML
    private void initialize() {
        phaseBox.getItems().setAll(ChecklistPhase.values());
        phaseBox.setConverter(ChoiceLabels.of(p -> viewModel.texts().i18n().get(p.labelKey())));
        phaseBox.valueProperty().bindBidirectional(viewModel.phaseProperty());
        itemList.setItems(viewModel.items());
        itemList.setCellFactory(list -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(TemplateItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : viewModel.texts().i18n().format("checklist.template.row",
                        item.position(), item.textZh(), item.textEn()));
            }
        });
        itemList.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(item);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, item) -> {
            if (item != itemList.getSelectionModel().getSelectedItem()) {
                itemList.getSelectionModel().select(item);
            }
        });
        zhField.textProperty().bindBidirectional(viewModel.textZhProperty());
        enField.textProperty().bindBidirectional(viewModel.textEnProperty());
    }

    @FXML private void onAdd() { viewModel.add(); }

    @FXML private void onRename() { viewModel.rename(); }

    @FXML private void onUp() { viewModel.move(-1); }

    @FXML private void onDown() { viewModel.move(1); }

    @FXML private void onRetire() { viewModel.retire(); }
}
