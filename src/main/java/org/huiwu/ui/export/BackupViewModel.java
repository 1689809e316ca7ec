package org.huiwu.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.BackupRejectedException;
import org.huiwu.logic.export.Backups;
import org.huiwu.logic.export.ExportFailedException;
import org.huiwu.logic.export.ScheduledRestore;
import org.huiwu.ui.common.DialogService;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.TaskRunner;

/**
 * "Meeting → Back up now" and "Restore from a backup…" in the window. The running app holds the database,
 * so a restore is checked at once and carried out at the next start ({@link ScheduledRestore}); a backup
 * that fails the check changes nothing. FX thread only; the work runs on the task runner's thread.
 */
public final class BackupViewModel {

    private final Supplier<Backups> backups;
    private final ScheduledRestore restore;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final FailureMessages failures;
    private final I18n i18n;

    /** {@code backups} is called on the task runner's thread (it reads how many backups to keep). */
    public BackupViewModel(Supplier<Backups> backups, ScheduledRestore restore, TaskRunner runner,
            DialogService dialogs, FailureMessages failures, I18n i18n) {
        this.backups = backups;
        this.restore = restore;
        this.runner = runner;
        this.dialogs = dialogs;
        this.failures = failures;
        this.i18n = i18n;
    }

    public void backUpNow() {
        runner.run(() -> backups.get().backUp(),
                file -> dialogs.showInformation(i18n.get("export.backup.title"),
                        i18n.format("export.backup.done", file.toString())),
                failure -> dialogs.showError(i18n.get("export.backup.title"), message(failure)));
    }

    /** Asks for a backup, checks it, and leaves it to replace the database at the next start. */
    public void restore() {
        Optional<Path> chosen = dialogs.chooseFileToOpen(i18n.get("export.restore.title"),
                i18n.get("export.restore.files"), List.of("*.zip"));
        if (chosen.isEmpty() || !dialogs.confirm(i18n.get("export.restore.title"),
                i18n.format("export.restore.confirm", chosen.get().getFileName().toString()))) {
            return;
        }
        runner.run(() -> restore.schedule(chosen.get()),
                meetings -> dialogs.showInformation(i18n.get("export.restore.title"),
                        i18n.format("export.restore.scheduled", meetings)),
                failure -> dialogs.showError(i18n.get("export.restore.title"), message(failure)));
    }

    private String message(Throwable failure) {
        if (failure instanceof BackupRejectedException rejected) {
            return i18n.format(rejected.reason().messageKey(), rejected.file().toString());
        }
        if (failure instanceof ExportFailedException failed) {
            return i18n.format(failed.problem().messageKey(), String.valueOf(failed.file()));
        }
        return failures.describe(failure);
    }
}
