package org.huiwu.ui.incidents;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.Severity;
import org.huiwu.ui.common.ViewLoader;

/**
 * The quick-capture dialog (记录突发事件): the time stamped at the first click, the types as large
 * buttons, severity, place, a short text, files, and Save. A chosen type or severity stays chosen (a
 * second click or Enter on it does not clear it); Enter on a type or severity button saves, as the default
 * button does elsewhere in the form. Binds to {@link IncidentCaptureViewModel}. FX thread only.
 */
public final class IncidentCapture extends VBox {

    @FXML private Label stampedLabel;
    @FXML private TilePane typeGrid;
    @FXML private HBox severityBox;
    @FXML private TextField locationField;
    @FXML private TextArea descriptionField;
    @FXML private TextField attendantField;
    @FXML private Label filesLabel;

    private final IncidentCaptureViewModel viewModel;
    private final IncidentTexts texts;

    public IncidentCapture(IncidentCaptureViewModel viewModel, IncidentTexts texts) {
        this.viewModel = viewModel;
        this.texts = texts;
        ViewLoader.load(this, texts.i18n());
    }

    @FXML
    private void initialize() {
        stampedLabel.textProperty().bind(viewModel.stampedAtProperty());
        ToggleGroup types = new ToggleGroup();
        for (IncidentType type : IncidentType.values()) {
            ToggleButton button = new ToggleButton(texts.label(type.labelKey()));
            button.setId("captureType-" + type.name());
            button.getStyleClass().add(Styles.TYPE_BUTTON);
            button.graphicProperty().bind(Bindings.when(button.selectedProperty())
                    .then((Node) checkMark()).otherwise((Node) null));
            button.setUserData(type);
            button.setToggleGroup(types);
            typeGrid.getChildren().add(button);
        }
        types.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
                return;
            }
            viewModel.typeProperty().set(now == null ? null : (IncidentType) now.getUserData());
        });
        ToggleGroup severities = new ToggleGroup();
        for (Severity severity : Severity.values()) {
            ToggleButton button = new ToggleButton(texts.label(severity.labelKey()));
            button.setId("captureSeverity-" + severity.name());
            button.setUserData(severity);
            button.setToggleGroup(severities);
            button.setSelected(severity == viewModel.form().severityProperty().get());
            severityBox.getChildren().add(button);
        }
        severities.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
                return;
            }
            viewModel.form().severityProperty().set(now == null ? Severity.GENERAL : (Severity) now.getUserData());
        });
        locationField.textProperty().bindBidirectional(viewModel.form().locationProperty());
        descriptionField.textProperty().bindBidirectional(viewModel.form().descriptionProperty());
        attendantField.textProperty().bindBidirectional(viewModel.attendant().nameProperty());
        filesLabel.textProperty().bind(Bindings.createStringBinding(() -> texts.i18n().format(
                "incident.capture.files", viewModel.files().size()), viewModel.files()));
    }

    /** The tick shown on the chosen type, so the choice does not rest on a shade of colour alone. */
    private static Node checkMark() {
        Label tick = new Label("\u2714");
        tick.getStyleClass().add("incident-type-check");
        return tick;
    }

    @FXML
    private void onAddFile() {
        viewModel.chooseFile();
    }

    /**
     * Stamps the time and shows the dialog over {@code owner}; Save writes the incident. Does nothing
     * (after telling the attendant) when no meeting is open.
     */
    public static void open(IncidentCaptureViewModel viewModel, IncidentTexts texts, Window owner) {
        if (!viewModel.begin()) {
            return;
        }
        IncidentCapture form = new IncidentCapture(viewModel, texts);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.i18n().get("incident.capture.title"));
        ButtonType save = new ButtonType(texts.i18n().get("incident.capture.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form);
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("captureSaveButton");
        saveButton.disableProperty().bind(viewModel.typeMissing());
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER && !key.isShortcutDown() && !key.isAltDown()
                    && dialog.getDialogPane().getScene().getFocusOwner() instanceof ToggleButton) {
                key.consume();
                if (!saveButton.isDisabled()) {
                    ((Button) saveButton).fire();
                }
            }
        });
        Scene scene = owner == null ? null : owner.getScene();
        if (scene != null) {
            dialog.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        }
        dialog.getDialogPane().getStylesheets().addAll(List.of(Styles.SHEET));
        dialog.setOnHidden(event -> {
            if (dialog.getResult() == save) {
                viewModel.save();
            }
        });
        dialog.show();
    }
}
