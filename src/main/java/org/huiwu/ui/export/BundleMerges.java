package org.huiwu.ui.export;

import java.nio.file.Path;
import java.util.List;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.BundleMerger;
import org.huiwu.logic.export.ExportMonitor;
import org.huiwu.logic.export.MergePermission;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.TaskRunner;

/**
 * Merging sealed bundles from other laptops into this data folder, all or nothing per run: the bundles' signers
 * are read and asked about first ({@link BundleSignerQuestions}, decision 0025), then the merge runs as the
 * window's {@link ExportJob} with progress and ends with what was merged, who signed it and a hint when there
 * were conflicts. Owned by {@link MeetingExportViewModel}. FX thread only; the signatures are read and the merge
 * runs on the task runner's thread.
 */
final class BundleMerges {

    private static final String TITLE = "export.window.mergeTitle";

    private final BundleMerger merger;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ExportJob job;
    private final BundleSignerQuestions signerQuestions;

    BundleMerges(BundleMerger merger, TaskRunner runner, DialogService dialogs, I18n i18n, ExportJob job) {
        this.merger = merger;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.job = job;
        this.signerQuestions = new BundleSignerQuestions(dialogs, i18n);
    }

    /** Asks for the bundle files, then merges them as {@link #merge(List, Runnable)} does. */
    void chooseAndMerge(Runnable afterMerge) {
        if (job.running().get()) {
            return;
        }
        merge(dialogs.chooseFilesToOpen(i18n.get(TITLE), i18n.get("export.window.bundleFiles"), List.of("*.huiwu")),
                afterMerge);
    }

    /** Shows who signed {@code files}, asks whether to trust them, and merges them; {@code afterMerge} refreshes. */
    void merge(List<Path> files, Runnable afterMerge) {
        if (job.running().get() || files.isEmpty()) {
            return;
        }
        job.setRunning(true);
        runner.run(() -> merger.signatures(files), signatures -> {
            job.setRunning(false);
            MergePermission permission = signerQuestions.askTrust(signatures);
            if (permission != null) {
                merge(files, permission, signatures, afterMerge);
            }
        }, failure -> {
            job.setRunning(false);
            job.showFailure(TITLE, failure);
        });
    }

    private void merge(List<Path> files, MergePermission permission, List<BundleMerger.Signature> signatures,
            Runnable afterMerge) {
        job.start((listener, cancelled) -> merger.merge(files, permission,
                new ExportMonitor(listener::update, cancelled)), result -> {
                    dialogs.showInformation(i18n.get(TITLE), i18n.format("export.cli.merged",
                            result.messageArguments()) + "\n" + signerQuestions.signers(signatures)
                            + (result.conflicts() == 0 ? "" : "\n\n" + i18n.get("export.window.conflictsHint")));
                    afterMerge.run();
                }, TITLE);
    }
}
