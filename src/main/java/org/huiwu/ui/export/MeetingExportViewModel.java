package org.huiwu.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.BundleMerger;
import org.huiwu.logic.export.ExportFormat;
import org.huiwu.logic.export.ExportMonitor;
import org.huiwu.logic.export.MeetingExports;
import org.huiwu.ui.common.DialogService;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.TaskRunner;
import org.huiwu.logic.privacy.ConfidentialExports;

/**
 * The export and merge jobs of the window: runs the shared export of the chosen meetings (chosen in the
 * export dialog) or the merge of bundles ({@link BundleMerges}) in the background with progress, and lets the user
 * cancel (cooperatively, {@link ExportJob}); after an export, offers to open the folder ({@link ExportedFolder}).
 * A 涉密 set is exported only with the attendant's consent ({@link ClassifiedExportConsent}). FX thread only; the
 * work itself, and opening the folder, run on the task runner's thread.
 */
public final class MeetingExportViewModel {

    /** Opens a folder in the system's file manager; false when this desktop cannot. Called off the FX thread. */
    @FunctionalInterface
    public interface FolderOpener {
        boolean open(Path folder) throws java.io.IOException;

        /** An opener for machines without a desktop (the command line, tests): it never opens anything. */
        FolderOpener NONE = folder -> false;
    }

    private static final String TITLE = "export.window.title";

    private final MeetingExports exports;
    private final TaskRunner runner;
    private final I18n i18n;
    private final ExportJob job;
    private final BundleMerges merges;
    private final ExportedFolder exported;
    private final ClassifiedExportConsent consent;
    private ConfidentialExports sealing;
    private java.util.function.Supplier<String> who = () -> "";

    public MeetingExportViewModel(MeetingExports exports, BundleMerger merger,
            TaskRunner runner, DialogService dialogs, FailureMessages failures, I18n i18n, FolderOpener opener) {
        this.exports = exports;
        this.runner = runner;
        this.i18n = i18n;
        this.job = new ExportJob(runner, dialogs, failures, i18n);
        this.merges = new BundleMerges(merger, runner, dialogs, i18n, job);
        this.exported = new ExportedFolder(runner, dialogs, i18n, opener);
        this.consent = new ClassifiedExportConsent(dialogs, i18n);
    }

    public ReadOnlyDoubleProperty progress() {
        return job.progress();
    }

    public ReadOnlyBooleanProperty running() {
        return job.running();
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
        if (job.running().get()) {
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
            job.setRunning(true);
            runner.run(() -> sealing.exportSealed(meetingIds, format, folder, passphrase.get(), by), sealed -> {
                job.setRunning(false);
                exported.offer(folder, i18n.format("privacy.export.done", sealed.toString()));
            }, failure -> {
                job.setRunning(false);
                job.showFailure(TITLE, failure);
            });
        }, failure -> job.showFailure(TITLE, failure));
    }

    private void exportPlain(List<UUID> meetingIds, ExportFormat format, Path folder) {
        job.start((listener, cancelled) -> exports.export(meetingIds, format, folder,
                new ExportMonitor(listener::update, cancelled)),
                files -> exported.offer(folder, i18n.format("export.window.done", files.size(), folder.toString())),
                TITLE);
    }

    /**
     * Merges sealed bundles from other laptops into this data folder, all or nothing per run;
     * {@code afterMerge} refreshes the screens.
     */
    public void mergeBundles(Runnable afterMerge) {
        merges.chooseAndMerge(afterMerge);
    }

    /**
     * Merges the given bundles (a bundle opened from the file manager, say) after showing who signed them and
     * asking as the menu entry does; {@code afterMerge} refreshes the screens.
     */
    public void mergeBundles(List<Path> files, Runnable afterMerge) {
        merges.merge(files, afterMerge);
    }

    /** Asks the running export to stop; its partial file is removed. */
    public void cancel() {
        job.cancel();
    }
}
