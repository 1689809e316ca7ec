package org.huiwu.ui.checklists;

import java.util.Map;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

import org.huiwu.model.checklists.ChecklistLine;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.ui.common.ViewLoader;

/**
 * The meeting's service checklist tab: the attendant's name, one large button per phase with its
 * progress, the lines of the phase as large touch rows, a note for the next mark and an item for this
 * meeting only. Binds to {@link ChecklistsViewModel}. FX thread only.
 */
public final class ChecklistsView extends VBox {

    static final String SHEET = ChecklistsView.class.getResource("checklists.css").toExternalForm();

    @FXML private TextField attendantField;
    @FXML private Label messageLabel;
    @FXML private ToggleButton beforeButton;
    @FXML private ToggleButton duringButton;
    @FXML private ToggleButton afterButton;
    @FXML private Label remainingLabel;
    @FXML private ListView<ChecklistLine> lineList;
    @FXML private TextField noteField;
    @FXML private TextField newItemField;

    private final ChecklistsViewModel viewModel;
    private final Runnable editTemplate;

    public ChecklistsView(ChecklistsViewModel viewModel, Runnable editTemplate) {
        this.viewModel = viewModel;
        this.editTemplate = editTemplate;
        ViewLoader.load(this, viewModel.texts().i18n());
        getStylesheets().add(SHEET);
    }

    /** Puts the chooser of the meeting's staffed people beside the attendant's name. */
    public void offerStaffed(javafx.scene.Node chooser) {
        var row = ((javafx.scene.layout.Pane) attendantField.getParent()).getChildren();
        row.add(row.indexOf(attendantField) + 1, chooser);
    }

    @FXML
    private void initialize() {
        attendantField.textProperty().bindBidirectional(viewModel.attendant().nameProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        ToggleGroup phases = new ToggleGroup();
        Map<ChecklistPhase, ToggleButton> buttons = Map.of(ChecklistPhase.BEFORE, beforeButton,
                ChecklistPhase.DURING, duringButton, ChecklistPhase.AFTER, afterButton);
        buttons.forEach((phase, button) -> {
            button.setToggleGroup(phases);
            button.setUserData(phase);
            button.textProperty().bind(viewModel.progressProperty(phase));
        });
        buttons.get(viewModel.phaseProperty().get()).setSelected(true);
        phases.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                viewModel.phaseProperty().set((ChecklistPhase) now.getUserData());
            }
        });
        remainingLabel.textProperty().bind(viewModel.remainingProperty());
        lineList.setItems(viewModel.lines());
        lineList.setCellFactory(list -> new ChecklistRow(viewModel, list.widthProperty()));
        noteField.textProperty().bindBidirectional(viewModel.marking().noteProperty());
        newItemField.textProperty().bindBidirectional(viewModel.marking().newItemProperty());
        viewModel.activeProperty().bind(visibleProperty().and(sceneProperty().isNotNull()));
    }

    @FXML private void onAdd() { viewModel.marking().addItem(); }

    @FXML private void onEditTemplate() { editTemplate.run(); }
}
