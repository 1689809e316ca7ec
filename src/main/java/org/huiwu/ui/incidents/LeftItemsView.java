package org.huiwu.ui.incidents;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import org.huiwu.i18n.I18n;
import org.huiwu.model.incidents.LeftItem;
import org.huiwu.ui.common.ViewLoader;

/** The left-items register: a short form, the open (or all) items, hand over and returned. Binds to {@link LeftItemsViewModel}. FX thread only. */
public final class LeftItemsView extends VBox {

    @FXML private TextField whatField;
    @FXML private TextField whereField;
    @FXML private TextField personField;
    @FXML private CheckBox openOnlyBox;
    @FXML private Label summaryLabel;
    @FXML private ListView<LeftItem> itemList;

    private final LeftItemsViewModel viewModel;

    public LeftItemsView(LeftItemsViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        ViewLoader.load(this, i18n);
    }

    @FXML
    private void initialize() {
        whatField.textProperty().bindBidirectional(viewModel.whatProperty());
        whereField.textProperty().bindBidirectional(viewModel.foundWhereProperty());
        personField.textProperty().bindBidirectional(viewModel.personProperty());
        openOnlyBox.selectedProperty().bindBidirectional(viewModel.openOnlyProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        itemList.setItems(viewModel.items());
        itemList.setCellFactory(list -> IncidentCells.text(viewModel::describe));
    }

    @FXML private void onRegister() { viewModel.registerItem(); }

    @FXML
    private void onHandOver() {
        LeftItem item = itemList.getSelectionModel().getSelectedItem();
        if (item != null) {
            viewModel.handOver(item);
        }
    }

    @FXML
    private void onReturned() {
        LeftItem item = itemList.getSelectionModel().getSelectedItem();
        if (item != null) {
            viewModel.markReturned(item);
        }
    }
}
