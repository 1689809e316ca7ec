package org.huiwu.ui.incidents;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import org.huiwu.i18n.I18n;
import org.huiwu.model.Attendee;
import org.huiwu.model.incidents.DocumentCopy;
import org.huiwu.ui.common.ViewLoader;

/**
 * Classified document copies: issue numbered copies to the attendees picked, mark them recovered, and
 * close the recovery. Binds to {@link DocumentCopiesViewModel}. FX thread only.
 */
public final class DocumentCopiesView extends VBox {

    @FXML private TextField titleField;
    @FXML private ListView<Attendee> attendeeList;
    @FXML private ListView<DocumentCopy> copyList;
    @FXML private Label summaryLabel;
    @FXML private Button issueButton;
    @FXML private Button closeButton;

    private final DocumentCopiesViewModel viewModel;

    public DocumentCopiesView(DocumentCopiesViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        ViewLoader.load(this, i18n);
    }

    @FXML
    private void initialize() {
        titleField.textProperty().bindBidirectional(viewModel.titleProperty());
        attendeeList.setItems(viewModel.attendees());
        attendeeList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        attendeeList.setCellFactory(list -> IncidentCells.text(Attendee::name));
        copyList.setItems(viewModel.copies());
        copyList.setCellFactory(list -> IncidentCells.text(viewModel::describe));
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        issueButton.disableProperty().bind(viewModel.closedProperty());
        closeButton.disableProperty().bind(viewModel.closedProperty());
    }

    /** Whether the current meeting is classified (the tab is only offered then). */
    public ReadOnlyBooleanProperty classifiedProperty() {
        return viewModel.classifiedProperty();
    }

    public boolean classified() {
        return viewModel.classifiedProperty().get();
    }

    @FXML private void onIssue() { viewModel.issue(attendeeList.getSelectionModel().getSelectedItems()); }
    @FXML private void onCloseRecovery() { viewModel.closeRecovery(); }

    @FXML
    private void onSigned() {
        DocumentCopy copy = copyList.getSelectionModel().getSelectedItem();
        if (copy != null) {
            viewModel.markSigned(copy);
        }
    }

    @FXML
    private void onRecovered() {
        DocumentCopy copy = copyList.getSelectionModel().getSelectedItem();
        if (copy != null) {
            viewModel.markRecovered(copy);
        }
    }
}
