package org.huiwu.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.BundleMerger;
import org.huiwu.logic.export.ExportFailedException;
import org.huiwu.logic.export.ExportFormat;
import org.huiwu.logic.export.ExportMonitor;
import org.huiwu.logic.export.MeetingExports;
import org.huiwu.logic.export.MergePermission;
import org.huiwu.ui.common.DialogService;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.TaskRunner;
import org.huiwu.logic.privacy.ConfidentialExports;

/**
 * The export and merge jobs of the window: runs the shared export of the chosen meetings (chosen in the
 * export dialog) or the merge of bundles in the background with progress, and lets the user cancel
 * (cooperatively); after an export, offers to open the folder ({@link ExportedFolder}). Before a merge it asks
 * about the bundles' signers ({@link BundleSignerQuestions}, decision 0025); a 涉密 set is exported only with the
 * attendant's consent ({@link ClassifiedExportConsent}). FX thread only; the work itself, and
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
    private final BundleMerger merger;
    private final BundleSignerQuestions signerQuestions;
    private final ExportedFolder exported;
    private final ClassifiedExportConsent consent;
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running", false);
    private final AtomicReference<TaskRunner.Cancellable> job = new AtomicReference<>();
    private ConfidentialExports sealing;
    private java.util.function.Supplier<String> who = () -> "";

    public MeetingExportViewModel(MeetingExports exports, BundleMerger merger,
            TaskRunner runner, DialogService dialogs, FailureMessages failures, I18n i18n, FolderOpener opener) {
        this.merger = merger;
        this.exports = exports;
        this.runner = runner;
        this.dialogs = dialogs;
        this.failures = failures;
        this.i18n = i18n;
        this.signerQuestions = new BundleSignerQuestions(dialogs, i18n);
        this.exported = new ExportedFolder(runner, dialogs, i18n, opener);
        this.consent = new ClassifiedExportConsent(dialogs, i18n);
    }

    public ReadOnlyDoubleProperty progress() {
        return progress;
    }

    public ReadOnlyBooleanProperty running() {
        return running;
    }

    /**
     * Makes exports that hold a 涉密 meeting ask for confirmation and a passphrase, and seal and log them;
     * {@code who} names the attendant for the log.
     */
    public void sealClassified(ConfidentialExports sealing, java.util.function.Supplier<String> who) {
        this.sealing = sealing;
        this.who = who;
    }

    /**
     * Exports the meetings in the format into the folder in the background, with progress; one export at a
     * time. A set holding a 涉密 meeting is exported only when the user confirms it and gives a passphrase,
     * sealed into one file (see {@link #sealClassified}).
     */
    public void export(List<UUID> meetingIds, ExportFormat format, Path folder) {
        if (running.get()) {
            return;
        }
        if (sealing == null) {
            exportPlain(meetingIds, format, folder);
            return;
        }
        runner.run(() -> sealing.classified(meetingIds), classified -> {
            if (classified.isEmpty()) {
                exportPlain(meetingIds, format, folder);
                return;
            }
            Optional<String> passphrase = consent.passphraseFor(classified);
            if (passphrase.isEmpty()) {
                return;
            }
            String by = who.get();
            running.set(true);
            runner.run(() -> sealing.exportSealed(meetingIds, format, folder, passphrase.get(), by), sealed -> {
                running.set(false);
                exported.offer(folder, i18n.format("privacy.export.done", sealed.toString()));
            }, failure -> {
                running.set(false);
                dialogs.showError(i18n.get("export.window.title"), message(failure));
            });
        }, failure -> dialogs.showError(i18n.get("export.window.title"), message(failure)));
    }

    private void exportPlain(List<UUID> meetingIds, ExportFormat format, Path folder) {
        progress.set(0);
        running.set(true);
        job.set(runner.runWithProgress(
                (listener, cancelled) -> exports.export(meetingIds, format, folder,
                        new ExportMonitor(listener::update, cancelled)),
                (done, total) -> progress.set(total == 0 ? 0 : (double) done / total),
                files -> {
                    running.set(false);
                    exported.offer(folder, i18n.format("export.window.done", files.size(), folder.toString()));
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
        mergeBundles(dialogs.chooseFilesToOpen(i18n.get("export.window.mergeTitle"),
                i18n.get("export.window.bundleFiles"), List.of("*.huiwu")), afterMerge);
    }

    /**
     * Merges the given bundles (a bundle opened from the file manager, say) after showing who signed them and
     * asking as the menu entry does; {@code afterMerge} refreshes the screens.
     */
    public void mergeBundles(List<Path> files, Runnable afterMerge) {
        if (running.get() || files.isEmpty()) {
            return;
        }
        running.set(true);
        runner.run(() -> merger.signatures(files), signatures -> {
            running.set(false);
            MergePermission permission = signerQuestions.askTrust(signatures);
            if (permission != null) {
                merge(files, permission, signatures, afterMerge);
            }
        }, failure -> {
            running.set(false);
            dialogs.showError(i18n.get("export.window.mergeTitle"), message(failure));
        });
    }

    private void merge(List<Path> files, MergePermission permission, List<BundleMerger.Signature> signatures,
            Runnable afterMerge) {
        progress.set(0);
        running.set(true);
        job.set(runner.runWithProgress(
                (listener, cancelled) -> merger.merge(files, permission, new ExportMonitor(listener::update, cancelled)),
                (done, total) -> progress.set(total == 0 ? 0 : (double) done / total),
                result -> {
                    running.set(false);
                    dialogs.showInformation(i18n.get("export.window.mergeTitle"),
                            i18n.format("export.cli.merged", result.messageArguments()) + "\n" + signerQuestions.signers(signatures)
                            + (result.conflicts() == 0 ? "" : "\n\n" + i18n.get("export.window.conflictsHint")));
                    afterMerge.run();
                },
                failure -> {
                    running.set(false);
                    dialogs.showError(i18n.get("export.window.mergeTitle"), message(failure));
                }));
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
