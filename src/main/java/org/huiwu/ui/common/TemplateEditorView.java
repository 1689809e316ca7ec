package org.huiwu.ui.common;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import org.huiwu.model.checklists.TemplateLine;

/**
 * The checklist template editor (shown in a dialog), for the service and the stage checklist alike: the
 * group, its items, the two texts, the mandatory box where the template has one, the version, and add, save
 * text, up, down and retire. Binds to {@link TemplateEditorViewModel}. FX thread only.
 *
 * @param <G> the template's kind of group
 */
public final class TemplateEditorView<G> extends VBox {

    @FXML private Label groupLabel;
    @FXML private ComboBox<G> phaseBox;
    @FXML private Label versionLabel;
    @FXML private ListView<TemplateLine<G>> itemList;
    @FXML private TextField zhField;
    @FXML private TextField enField;
    @FXML private CheckBox mandatoryBox;
    @FXML private Label hintLabel;

    private final TemplateEditorViewModel<G> viewModel;

    public TemplateEditorView(TemplateEditorViewModel<G> viewModel) {
        this.viewModel = viewModel;
        ViewLoader.load(this, viewModel.labels().i18n());
    }

    @FXML
    private void initialize() {
        var labels = viewModel.labels();
        groupLabel.setText(labels.i18n().get(labels.groupKey()));
        hintLabel.setText(labels.i18n().get(labels.hintKey()));
        phaseBox.setItems(viewModel.groups());
        phaseBox.setConverter(ChoiceLabels.of(g -> g == null ? "" : labels.group().apply(g)));
        phaseBox.valueProperty().bindBidirectional(viewModel.groupProperty());
        versionLabel.textProperty().bind(viewModel.versionProperty());
        itemList.setItems(viewModel.items());
        itemList.setCellFactory(list -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(TemplateLine<G> item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : labels.i18n().format(item.mandatory()
                        ? "checklist.template.rowMandatory" : "checklist.template.row", item.position(), item.textZh(),
                        item.textEn()));
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
        mandatoryBox.setVisible(viewModel.marksMandatory());
        mandatoryBox.setManaged(viewModel.marksMandatory());
        mandatoryBox.selectedProperty().bindBidirectional(viewModel.mandatoryProperty());
        mandatoryBox.disableProperty().bind(viewModel.selectedProperty().isNull());
    }

    @FXML private void onAdd() { viewModel.add(); }

    @FXML private void onRename() { viewModel.rename(); }

    @FXML private void onUp() { viewModel.move(-1); }

    @FXML private void onDown() { viewModel.move(1); }

    @FXML private void onRetire() { viewModel.retire(); }
}
