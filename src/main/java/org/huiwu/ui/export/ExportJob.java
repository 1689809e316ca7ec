package org.huiwu.ui.export;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.BundleRejectedException;
import org.huiwu.logic.export.ExportFailedException;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.TaskRunner;

/**
 * The window's one export or merge job at a time: whether one runs, its progress (done out of total), asking it
 * to stop (cooperatively: the worker is never interrupted, it may be inside H2), and a failed job's error shown
 * with the export's own wording (a refused bundle, a file that could not be written). Shared by
 * {@link MeetingExportViewModel} and {@link BundleMerges}. FX thread only; the work runs on the task runner's
 * thread.
 */
final class ExportJob {

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final FailureMessages failures;
    private final I18n i18n;
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running", false);
    private final AtomicReference<TaskRunner.Cancellable> job = new AtomicReference<>();

    ExportJob(TaskRunner runner, DialogService dialogs, FailureMessages failures, I18n i18n) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.failures = failures;
        this.i18n = i18n;
    }

    ReadOnlyDoubleProperty progress() {
        return progress;
    }

    ReadOnlyBooleanProperty running() {
        return running;
    }

    /** Marks a job as running (or done) that reports no progress, such as reading bundles' signatures. */
    void setRunning(boolean now) {
        running.set(now);
    }

    /**
     * Runs {@code work} with progress from 0; {@code done} receives its result, a failure is shown under the
     * title {@code titleKey}. Running until it ends either way.
     */
    <T> void start(TaskRunner.ProgressWork<T> work, Consumer<T> done, String titleKey) {
        progress.set(0);
        running.set(true);
        job.set(runner.runWithProgress(work,
                (count, total) -> progress.set(total == 0 ? 0 : (double) count / total),
                result -> {
                    running.set(false);
                    done.accept(result);
                },
                failure -> {
                    running.set(false);
                    showFailure(titleKey, failure);
                }));
    }

    /** Asks the running job to stop; an export's partial file is removed. */
    void cancel() {
        TaskRunner.Cancellable current = job.get();
        if (current != null) {
            current.cancel();
        }
    }

    /** Shows {@code failure} under the title {@code titleKey}. */
    void showFailure(String titleKey, Throwable failure) {
        dialogs.showError(i18n.get(titleKey), message(failure));
    }

    private String message(Throwable failure) {
        if (failure instanceof BundleRejectedException rejected) {
            return i18n.format(rejected.problem().messageKey(), rejected.messageArguments());
        }
        if (failure instanceof ExportFailedException failed) {
            return i18n.format(failed.problem().messageKey(), String.valueOf(failed.file()));
        }
        return failures.describe(failure);
    }
}
