package org.huiwu.ui.incidents;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.incidents.ShippedProcedures;
import org.huiwu.model.provenance.CheckedKind;
import org.huiwu.ui.provenance.SourcesPanel;
import org.huiwu.ui.provenance.SourcesViewModel;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.ui.common.ChoiceLabels;

/**
 * The supervisor's two dialogs: the venue contact list, and a procedure's steps (one per line, Chinese
 * and English side by side) beside the procedure's sources panel, where it is marked checked against the
 * standard. Both bind to {@link VenueEditorsViewModel}; the sources to a {@link SourcesViewModel}. FX
 * thread only.
 */
final class VenueEditors {

    private final VenueEditorsViewModel model;
    private final SourcesViewModel sources;
    private final I18n i18n;

    VenueEditors(VenueEditorsViewModel model, SourcesViewModel sources, I18n i18n) {
        this.model = model;
        this.sources = sources;
        this.i18n = i18n;
        model.procedureTypeProperty().addListener((obs, old, type) -> showSources(type));
    }

    void editContacts(Window owner, Runnable afterSave) {
        model.loadContacts(() -> {
            GridPane grid = new GridPane();
            grid.setHgap(10);
            grid.setVgap(6);
            grid.setPadding(new Insets(12));
            int row = 0;
            for (VenueEditorsViewModel.ContactRow contact : model.contacts()) {
                TextField name = new TextField();
                name.textProperty().bindBidirectional(contact.name());
                name.setPromptText(i18n.get("incident.venue.name"));
                TextField phone = new TextField();
                phone.textProperty().bindBidirectional(contact.phone());
                phone.setPromptText(i18n.get("incident.venue.phone"));
                grid.addRow(row++, new Label(i18n.get(contact.contact().role().labelKey())), name, phone);
            }
            if (show(owner, "incident.venue.contacts", grid)) {
                model.saveContacts(afterSave);
            }
        });
    }

    void editProcedure(Window owner, IncidentType type) {
        ComboBox<IncidentType> types = new ComboBox<>();
        types.getItems().setAll(IncidentType.values());
        types.setConverter(ChoiceLabels.of(t -> i18n.get(t.labelKey())));
        types.valueProperty().bindBidirectional(model.procedureTypeProperty());
        TextArea zh = new TextArea();
        zh.textProperty().bindBidirectional(model.stepsZhProperty());
        TextArea en = new TextArea();
        en.textProperty().bindBidirectional(model.stepsEnProperty());
        zh.setPrefRowCount(10);
        en.setPrefRowCount(10);
        Label versionNote = new Label(i18n.get("incident.venue.versionNote"));
        versionNote.setWrapText(true);
        versionNote.setMinHeight(Region.USE_PREF_SIZE);
        zh.editableProperty().bind(model.mayEditProperty());
        en.editableProperty().bind(model.mayEditProperty());
        Label supervisorOnly = new Label(i18n.get("venue.supervisorOnly"));
        supervisorOnly.setId("procedureSupervisorOnly");
        supervisorOnly.setWrapText(true);
        supervisorOnly.setMinHeight(Region.USE_PREF_SIZE);
        supervisorOnly.getStyleClass().add("problem-text");
        supervisorOnly.visibleProperty().bind(model.mayEditProperty().not());
        supervisorOnly.managedProperty().bind(supervisorOnly.visibleProperty());
        VBox form = new VBox(8, types, supervisorOnly, new Label(i18n.get("incident.venue.stepsZh")), zh,
                new Label(i18n.get("incident.venue.stepsEn")), en, versionNote);
        form.setPadding(new Insets(12));
        form.setPrefWidth(640);
        model.procedureTypeProperty().set(type);
        showSources(type);
        if (show(owner, "incident.venue.procedure", SourcesPanel.beside(form, sources, i18n))) {
            model.saveProcedure(() -> { });
        }
    }

    private void showSources(IncidentType type) {
        if (type != null) {
            sources.show(CheckedKind.PROCEDURE, ShippedProcedures.idOf(type).toString(), List.of(),
                    List.of(i18n.get("sources.procedure.note")), "");
        }
    }

    private boolean show(Window owner, String titleKey, javafx.scene.Node content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get(titleKey));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        return dialog.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
