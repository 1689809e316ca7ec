package org.huiwu.ui.incidents;

import javafx.beans.binding.Bindings;
import java.util.List;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import org.huiwu.logic.incidents.Checklist;
import org.huiwu.model.incidents.Attachment;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.IncidentVersion;
import org.huiwu.model.incidents.Notification;
import org.huiwu.model.incidents.Severity;
import org.huiwu.model.incidents.VenueContact;
import org.huiwu.ui.common.ViewLoader;

/**
 * The selected incident: its details to correct, status buttons, voiding with a reason, the procedure
 * checklist beside the venue contacts, attachments and the version history. A correction is written
 * when the focus leaves the form (place, severity, text) as well as by its button. Binds to
 * {@link IncidentsViewModel}. FX thread only.
 */
public final class IncidentDetailPane extends VBox {

    @FXML private ScrollPane scroll;
    @FXML private VBox content;
    @FXML private Label headingLabel;
    @FXML private Label voidedLabel;
    @FXML private TextField locationField;
    @FXML private ComboBox<Severity> severityBox;
    @FXML private TextArea descriptionField;
    @FXML private TextField reasonField;
    @FXML private Button guideButton;
    @FXML private Button handlingButton;
    @FXML private Button resolvedButton;
    @FXML private Button closedButton;
    @FXML private ListView<Checklist.Line> stepList;
    @FXML private ListView<VenueContact> contactList;
    @FXML private ListView<Notification> notificationList;
    @FXML private ListView<Attachment> attachmentList;
    @FXML private ListView<IncidentVersion> historyList;

    private final IncidentsViewModel viewModel;
    private final IncidentTexts texts;

    private Runnable editContacts = () -> { };
    private Runnable editProcedure = () -> { };

    /** What the supervisor's buttons beside the contacts and the steps open. */
    void onVenueEditing(Runnable contacts, Runnable procedure) {
        this.editContacts = contacts;
        this.editProcedure = procedure;
    }

    @FXML private void onEditContacts() { editContacts.run(); }
    @FXML private void onEditProcedure() { editProcedure.run(); }

    public IncidentDetailPane(IncidentsViewModel viewModel) {
        this.viewModel = viewModel;
        this.texts = viewModel.texts();
        ViewLoader.load(this, texts.i18n());
    }

    @FXML
    private void initialize() {
        scroll.visibleProperty().bind(viewModel.selectedProperty().isNotNull());
        content.disableProperty().bind(viewModel.selectedProperty().isNull());
        headingLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.selectedProperty().get() == null
                ? "" : texts.timelineRow(viewModel.selectedProperty().get()), viewModel.selectedProperty()));
        voidedLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            var incident = viewModel.selectedProperty().get();
            return incident == null || !incident.voided() ? ""
                    : texts.i18n().format("incident.ui.voidReason", incident.voidReason());
        }, viewModel.selectedProperty()));
        voidedLabel.managedProperty().bind(voidedLabel.textProperty().isNotEmpty());
        locationField.textProperty().bindBidirectional(viewModel.correction().locationProperty());
        descriptionField.textProperty().bindBidirectional(viewModel.correction().descriptionProperty());
        severityBox.getItems().setAll(Severity.values());
        severityBox.setCellFactory(list -> IncidentCells.choice(s -> s == null ? "" : texts.label(s.labelKey())));
        severityBox.setButtonCell(IncidentCells.choice(s -> s == null ? "" : texts.label(s.labelKey())));
        severityBox.valueProperty().bindBidirectional(viewModel.correction().severityProperty());
        List<Node> form = List.of(locationField, descriptionField, severityBox);
        form.forEach(field -> field.focusedProperty().addListener((obs, was, now) -> {
            Node owner = getScene() == null ? null : getScene().getFocusOwner();
            if (!now && !form.contains(owner)) {
                viewModel.saveCorrection();
            }
        }));
        statusMove(handlingButton, IncidentStatus.HANDLING);
        statusMove(resolvedButton, IncidentStatus.RESOLVED);
        statusMove(closedButton, IncidentStatus.CLOSED);
        reasonField.textProperty().bindBidirectional(viewModel.detail().reasonProperty());
        guideButton.visibleProperty().bind(viewModel.detail().guideIdProperty().isNotEmpty());
        stepList.setItems(viewModel.detail().steps());
        stepList.setCellFactory(list -> IncidentCells.step(viewModel.detail()));
        contactList.setItems(viewModel.detail().contacts());
        contactList.setCellFactory(list -> IncidentCells.contact(viewModel.detail()));
        notificationList.setItems(viewModel.detail().notifications());
        notificationList.setCellFactory(list -> IncidentCells.text(n -> texts.i18n().format(
                "incident.contact.notified", texts.time(n.notifiedAt()), texts.label(n.role().labelKey()),
                n.contactName(), n.notifiedBy())));
        attachmentList.setItems(viewModel.detail().attachments());
        attachmentList.setCellFactory(list -> IncidentCells.attachment(viewModel.detail()));
        historyList.setItems(viewModel.detail().history());
        historyList.setCellFactory(list -> IncidentCells.text(texts::historyRow));
    }

    @FXML private void onSaveCorrection() { viewModel.saveCorrection(); }
    /** A status button is enabled only for a move forward from the selected incident's status. */
    private void statusMove(Button button, IncidentStatus target) {
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            var incident = viewModel.selectedProperty().get();
            return incident == null || !incident.status().canMoveTo(target);
        }, viewModel.selectedProperty()));
    }

    @FXML private void onHandling() { viewModel.setStatus(IncidentStatus.HANDLING); }
    @FXML private void onResolved() { viewModel.setStatus(IncidentStatus.RESOLVED); }
    @FXML private void onClosed() { viewModel.setStatus(IncidentStatus.CLOSED); }
    @FXML private void onVoid() { viewModel.voidSelected(); }
    @FXML private void onGuide() { viewModel.detail().openGuide(); }
    @FXML private void onAddFile() { viewModel.detail().chooseAttachment(); }
}
