package org.huiwu.ui.attendees;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import org.huiwu.logic.attendees.AttendeeImport;
import org.huiwu.model.Meeting;
import org.huiwu.ui.attendees.importing.AttendeeImportView;
import org.huiwu.ui.attendees.importing.AttendeeImportViewModel;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.DialogService;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.TaskRunner;

/**
 * Starts an attendee import for the current meeting: asks for the file, then shows the preview dialog;
 * the import button stays disabled while the preview has errors. FX thread only.
 */
public final class AttendeeImportLauncher {

    private final AttendeeImport importer;
    private final AppState state;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final FailureMessages failures;
    private final I18n i18n;
    private final Supplier<Window> owner;
    private final Runnable afterImport;

    public AttendeeImportLauncher(AttendeeImport importer, AppState state, TaskRunner runner, DialogService dialogs,
            FailureMessages failures, I18n i18n, Supplier<Window> owner, Runnable afterImport) {
        this.importer = importer;
        this.state = state;
        this.runner = runner;
        this.dialogs = dialogs;
        this.failures = failures;
        this.i18n = i18n;
        this.owner = owner;
        this.afterImport = afterImport;
    }

    /** Asks for a CSV or Excel file, then opens the preview. */
    public void open() {
        if (state.currentMeeting() == null) {
            return;
        }
        dialogs.chooseFileToOpen(i18n.get("import.choose.title"), i18n.get("import.choose.filter"),
                List.of("*.csv", "*.txt", "*.xlsx", "*.xls")).ifPresent(this::preview);
    }

    /** Opens the preview dialog for a file (also the entry point for tests, which cannot drive a file chooser). */
    public Dialog<ButtonType> preview(Path file) {
        Meeting meeting = state.currentMeeting();
        AttendeeImportViewModel model = new AttendeeImportViewModel(importer, meeting.id(), runner, failures, dialogs,
                i18n);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setResizable(true);
        dialog.setTitle(i18n.format("import.title", meeting.title()));
        ButtonType importButton = new ButtonType(i18n.get("import.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(importButton, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new AttendeeImportView(model, i18n));
        if (owner.get() != null && owner.get().getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.get().getScene().getStylesheets());
        }
        Button confirm = (Button) dialog.getDialogPane().lookupButton(importButton);
        confirm.setId("confirmImportButton");
        confirm.disableProperty().bind(model.canImportProperty().not());
        confirm.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume();
            model.importAll(count -> {
                dialog.setResult(importButton);
                dialog.close();
                state.statusProperty().set(i18n.format("import.done", count));
                afterImport.run();
            });
        });
        dialog.setOnHidden(event -> model.cancel());
        model.load(file, null);
        dialog.show();
        return dialog;
    }
}
