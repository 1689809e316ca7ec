package org.huiwu.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.ExportFailedException;
import org.huiwu.logic.export.ExportFormat;
import org.huiwu.logic.export.ExportMonitor;
import org.huiwu.logic.export.MeetingExports;
import org.huiwu.ui.common.DialogService;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.TaskRunner;

/**
 * The export and merge jobs of the window: runs the shared export of the chosen meetings (chosen in the
 * export dialog) or the merge of bundles in the background with progress, and lets the user cancel
 * (cooperatively); after an export, offers to open the folder. FX thread only; the work itself, and
 * opening the folder, run on the task runner's thread.
 */
public final class MeetingExportViewModel {

    /** Opens a folder in the system's file manager; false when this desktop cannot. Called off the FX thread. */
    @FunctionalInterface
    public interface FolderOpener {
        boolean open(Path folder) throws java.io.IOException;

        /** An opener for machines without a desktop (the command line, tests): it never opens anything. */
        FolderOpener NONE = folder -> false;
    }

    private final MeetingExports exports;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final FailureMessages failures;
    private final I18n i18n;
    private final org.huiwu.logic.export.BundleMerger merger;
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running", false);
    private final AtomicReference<TaskRunner.Cancellable> job = new AtomicReference<>();
    private final FolderOpener opener;

    public MeetingExportViewModel(MeetingExports exports, org.huiwu.logic.export.BundleMerger merger,
            TaskRunner runner, DialogService dialogs, FailureMessages failures, I18n i18n, FolderOpener opener) {
        this.merger = merger;
        this.opener = opener;
        this.exports = exports;
        this.runner = runner;
        this.dialogs = dialogs;
        this.failures = failures;
        this.i18n = i18n;
    }

    public ReadOnlyDoubleProperty progress() {
        return progress;
    }

    public ReadOnlyBooleanProperty running() {
        return running;
    }

    /** Exports the meetings in the format into the folder in the background, with progress; one export at a time. */
    public void export(List<UUID> meetingIds, ExportFormat format, Path folder) {
        if (running.get()) {
            return;
        }
        progress.set(0);
        running.set(true);
        job.set(runner.runWithProgress(
                (listener, cancelled) -> exports.export(meetingIds, format, folder,
                        new ExportMonitor(listener::update, cancelled)),
                (done, total) -> progress.set(total == 0 ? 0 : (double) done / total),
                files -> {
                    running.set(false);
                    offerToOpen(folder, i18n.format("export.window.done", files.size(), folder.toString()));
                },
                failure -> {
                    running.set(false);
                    dialogs.showError(i18n.get("export.window.title"), message(failure));
                }));
    }

    /**
     * Merges sealed bundles from other laptops into this data folder, all or nothing per run;
     * {@code afterMerge} refreshes the screens.
     */
    public void mergeBundles(Runnable afterMerge) {
        if (running.get()) {
            return;
        }
        List<Path> files = dialogs.chooseFilesToOpen(i18n.get("export.window.mergeTitle"),
                i18n.get("export.window.bundleFiles"), List.of("*.huiwu"));
        if (files.isEmpty()) {
            return;
        }
        progress.set(0);
        running.set(true);
        job.set(runner.runWithProgress(
                (listener, cancelled) -> merger.merge(files, new ExportMonitor(listener::update, cancelled)),
                (done, total) -> progress.set(total == 0 ? 0 : (double) done / total),
                result -> {
                    running.set(false);
                    dialogs.showInformation(i18n.get("export.window.mergeTitle"),
                            i18n.format("export.cli.merged", result.messageArguments())
                            + (result.conflicts() == 0 ? "" : "\n\n" + i18n.get("export.window.conflictsHint")));
                    afterMerge.run();
                },
                failure -> {
                    running.set(false);
                    dialogs.showError(i18n.get("export.window.mergeTitle"), message(failure));
                }));
    }

    /** Says what was exported and offers to open the folder (off the FX thread; said so when it cannot). */
    private void offerToOpen(Path folder, String done) {
        String title = i18n.get("export.window.title");
        if (dialogs.choose(title, done, List.of(i18n.get("export.window.openFolder"),
                i18n.get("export.window.close"))) != 0) {
            return;
        }
        runner.run(() -> opener.open(folder), opened -> {
            if (!opened) {
                dialogs.showInformation(title, i18n.format("export.window.cannotOpenFolder", folder.toString()));
            }
        }, failure -> dialogs.showInformation(title, i18n.format("export.window.cannotOpenFolder", folder.toString())));
    }

    /** Asks the running export to stop; its partial file is removed. */
    public void cancel() {
        TaskRunner.Cancellable running = job.get();
        if (running != null) {
            running.cancel();
        }
    }

    private String message(Throwable failure) {
        if (failure instanceof org.huiwu.logic.export.BundleRejectedException rejected) {
            return i18n.format(rejected.problem().messageKey(), rejected.messageArguments());
        }
        if (failure instanceof ExportFailedException failed) {
            return i18n.format(failed.problem().messageKey(), String.valueOf(failed.file()));
        }
        return failures.describe(failure);
    }
}
