package org.huiwu.ui.export;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import javafx.scene.layout.Region;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.Backups;
import org.huiwu.logic.export.BundleMerger;
import org.huiwu.logic.export.ExportFolders;
import org.huiwu.logic.export.MeetingExports;
import org.huiwu.logic.export.ScheduledRestore;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.model.Meeting;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.Command;
import org.huiwu.ui.common.LazyScreen;
import org.huiwu.ui.common.DialogService;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.TaskRunner;

/**
 * The window's export features wired together: the export dialog, the progress window, merging bundles,
 * the merge-conflict list, and backing up and restoring. Built by the Workbench for one language. FX
 * thread only.
 */
public final class ExportScreen extends LazyScreen {

    /** What the export features work with. */
    public record Services(MeetingExports exports, BundleMerger merger, MeetingCatalog meetings,
            Supplier<Backups> backups, ScheduledRestore restore, TaskRunner runner, DialogService dialogs,
            FailureMessages failures, ZoneId zone, Supplier<Window> owner, ExportFolders folders,
            MeetingExportViewModel.FolderOpener opener) {
    }

    private final Services services;
    private final AppState state;
    private final I18n i18n;
    private final MeetingExportViewModel jobs;
    private final BackupViewModel backups;

    /** @param afterMerge what to do once a merge brought meetings in (the meeting list reloads) */
    public ExportScreen(Services services, AppState state, I18n i18n, Runnable afterMerge) {
        super("exports", i18n.get("export.window.menu"), Place.NONE);
        this.services = services;
        this.state = state;
        this.i18n = i18n;
        this.jobs = new MeetingExportViewModel(services.exports(), services.merger(), services.runner(),
                services.dialogs(), services.failures(), i18n, services.opener());
        this.backups = new BackupViewModel(services.backups(), services.restore(), services.runner(),
                services.dialogs(), services.failures(), i18n);
        new ExportProgressWindow(jobs, services.owner().get(), i18n);
        var meetingOpen = state.currentMeetingProperty().isNotNull();
        command(Command.of("exportItem", i18n.get("export.window.menu"), this::openExportDialog).keys("Shortcut+E")
                .enabledWhen(meetingOpen).inMenu("menu.meeting", 60));
        command(Command.of("mergeItem", i18n.get("export.window.mergeMenu"), () -> merge(afterMerge))
                .inMenu("menu.meeting", 70));
        command(Command.of("conflictsItem", i18n.get("export.conflicts.menu"), this::showConflicts)
                .enabledWhen(meetingOpen).inMenu("menu.meeting", 80));
        command(Command.of("backUpItem", i18n.get("export.backup.menu"), this::backUpNow)
                .inMenu("menu.meeting", 100).separatedBefore());
        command(Command.of("restoreItem", i18n.get("export.restore.menu"), this::restore).inMenu("menu.meeting", 110));
    }

    /** Export has no tab: its commands open dialogs and the progress window. */
    @Override
    protected Node build() {
        return new Region();
    }

    /** Makes exports holding a 涉密 meeting confirmed, sealed and logged, naming {@code who} exports. */
    public void sealClassifiedWith(org.huiwu.logic.privacy.ConfidentialExports sealing, Supplier<String> who) {
        jobs.sealClassified(sealing, who);
    }

    /** Opens the export dialog with the current meeting ticked. */
    public void openExportDialog() {
        Meeting current = state.currentMeetingProperty().get();
        ExportChoiceViewModel model = new ExportChoiceViewModel(services.meetings(), jobs, services.runner(),
                services.dialogs(), services.failures(), i18n, services.folders());
        model.load(current);
        Dialog<ButtonType> dialog = dialog(i18n.get("export.window.title"), new ExportChoiceView(model, i18n));
        ButtonType export = new ButtonType(i18n.get("export.dialog.export"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(export,
                new ButtonType(i18n.get("export.window.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Node exportButton = dialog.getDialogPane().lookupButton(export);
        exportButton.setId("exportButton");
        exportButton.disableProperty().bind(model.checkingProperty());
        exportButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.export(() -> {
                dialog.setResult(export);
                dialog.close();
            });
        });
        dialog.show();
    }

    /** Merges bundles from other laptops; {@code afterMerge} refreshes the screens. */
    public void merge(Runnable afterMerge) {
        jobs.mergeBundles(afterMerge);
    }

    /** Merges a bundle the app was opened with (a double-click on a {@code .huiwu} file), asking as the menu does. */
    public void mergeOpened(Path bundle, Runnable afterMerge) {
        jobs.mergeBundles(List.of(bundle), afterMerge);
    }

    /** Shows the merge conflicts of the current meeting. */
    public void showConflicts() {
        Meeting current = state.currentMeetingProperty().get();
        if (current == null) {
            return;
        }
        ConflictListViewModel model = new ConflictListViewModel(services.exports(), services.runner(),
                services.failures(), i18n);
        model.load(current.id());
        Dialog<ButtonType> dialog = dialog(i18n.format("export.conflicts.title", current.title()),
                new ConflictListView(model, services.zone(), i18n));
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(i18n.get("export.conflicts.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResizable(true);
        dialog.show();
    }

    public void backUpNow() {
        backups.backUpNow();
    }

    public void restore() {
        backups.restore();
    }

    private Dialog<ButtonType> dialog(String title, Node content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Window owner = services.owner().get();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(content);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        return dialog;
    }
}
