package org.huiwu.ui.feedback;

import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;

import org.huiwu.i18n.I18n;
import org.huiwu.model.feedback.Complaint;
import org.huiwu.model.feedback.ComplaintChannel;
import org.huiwu.model.feedback.ComplaintVersion;
import org.huiwu.ui.common.ViewLoader;

/**
 * The complaints sub-tab: the list (open complaints marked) beside the selected complaint's form with its
 * handling, the status buttons and the version history. Binds to {@link ComplaintsViewModel}. FX thread
 * only.
 */
public final class ComplaintsView extends SplitPane {

    @FXML private Label countsLabel;
    @FXML private ListView<Complaint> complaintList;
    @FXML private Label headingLabel;
    @FXML private GridPane form;
    @FXML private TextField receivedField;
    @FXML private ComboBox<ComplaintChannel> channelBox;
    @FXML private TextField unitField;
    @FXML private TextField nameField;
    @FXML private TextField contactField;
    @FXML private TextField categoryField;
    @FXML private TextArea contentArea;
    @FXML private TextField handledByField;
    @FXML private TextArea actionsArea;
    @FXML private TextArea resultArea;
    @FXML private TextArea responseArea;
    @FXML private TextField recordedByField;
    @FXML private Button saveButton;
    @FXML private Button startHandlingButton;
    @FXML private Button closeButton;
    @FXML private ListView<ComplaintVersion> historyList;

    private final ComplaintsViewModel viewModel;

    public ComplaintsView(ComplaintsViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        ViewLoader.load(this, i18n);
    }

    @FXML
    private void initialize() {
        setDividerPositions(0.34);
        countsLabel.textProperty().bind(viewModel.countsProperty());
        headingLabel.textProperty().bind(viewModel.headingProperty());
        complaintList.setItems(viewModel.complaints());
        complaintList.setCellFactory(list -> FeedbackCells.text(viewModel.lines()::describe,
                c -> c.status().isOpen() && !viewModel.lines().isOverdue(c), Styles.OPEN_COMPLAINT, viewModel.lines()::isOverdue,
                Styles.OVERDUE_COMPLAINT));
        complaintList.getSelectionModel().selectedItemProperty().addListener((obs, old, complaint) -> {
            if (complaint != null && complaint != viewModel.selectedProperty().get()) {
                viewModel.select(complaint);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, complaint) -> {
            if (complaint == null) {
                complaintList.getSelectionModel().clearSelection();
            } else if (complaintList.getSelectionModel().getSelectedItem() != complaint) {
                complaintList.getSelectionModel().select(complaint);
            }
        });
        if (viewModel.selectedProperty().get() != null) {
            complaintList.getSelectionModel().select(viewModel.selectedProperty().get());
        }
        channelBox.getItems().setAll(ComplaintChannel.values());
        channelBox.setCellFactory(list -> FeedbackCells.text(viewModel.lines()::label, c -> false, ""));
        channelBox.setButtonCell(FeedbackCells.text(viewModel.lines()::label, c -> false, ""));
        ComplaintForm fields = viewModel.form();
        channelBox.valueProperty().bindBidirectional(fields.channelProperty());
        bind(receivedField, fields.receivedAtProperty());
        bind(unitField, fields.unitProperty());
        bind(nameField, fields.nameProperty());
        bind(contactField, fields.contactProperty());
        bind(categoryField, fields.categoryProperty());
        bind(contentArea, fields.contentProperty());
        bind(handledByField, fields.handledByProperty());
        bind(actionsArea, fields.actionsProperty());
        bind(resultArea, fields.resultProperty());
        bind(responseArea, fields.responseProperty());
        recordedByField.textProperty().bindBidirectional(viewModel.recordedByProperty());
        BooleanBinding editable = viewModel.handling().editable();
        form.disableProperty().bind(editable.not());
        saveButton.disableProperty().bind(editable.not());
        startHandlingButton.disableProperty().bind(viewModel.handling().canStartHandling().not());
        closeButton.disableProperty().bind(viewModel.handling().canClose().not());
        form.focusWithinProperty().addListener((o, was, now) -> {
            if (now) {
                viewModel.formShown();
            }
        });
        historyList.setItems(viewModel.history());
        historyList.setCellFactory(list -> FeedbackCells.text(viewModel.lines()::describe, v -> false, ""));
    }

    private static void bind(TextInputControl field, javafx.beans.property.StringProperty property) {
        field.textProperty().bindBidirectional(property);
    }

    @FXML private void onNew() { viewModel.startNew(); }
    @FXML private void onSave() { viewModel.handling().save(); }
    @FXML private void onStartHandling() { viewModel.handling().startHandling(); }
    @FXML private void onClose() { viewModel.handling().closeComplaint(); }
}
