package org.huiwu.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
import org.huiwu.model.Meeting;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.FailureMessages;
import org.huiwu.ui.common.TaskRunner;

/**
 * "Meeting → Export…": asks for the format and the folder, runs the shared export of the current meeting
 * in the background with progress, and lets the user cancel it (cooperatively). FX thread only; the
 * export itself runs on the task runner's thread.
 */
public final class MeetingExportViewModel {

    private static final List<ExportFormat> FORMATS = List.of(ExportFormat.XLSX, ExportFormat.CSV, ExportFormat.PDF,
            ExportFormat.BUNDLE);

    private final MeetingExports exports;
    private final AppState state;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final FailureMessages failures;
    private final I18n i18n;
    private final org.huiwu.logic.export.BundleMerger merger;
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running", false);
    private final AtomicReference<TaskRunner.Cancellable> job = new AtomicReference<>();

    public MeetingExportViewModel(MeetingExports exports, AppState state, TaskRunner runner, DialogService dialogs,
            FailureMessages failures, I18n i18n) {
        this(exports, null, state, runner, dialogs, failures, i18n);
    }

    /** With a merger, the window can also merge bundles from other laptops. */
    public MeetingExportViewModel(MeetingExports exports, org.huiwu.logic.export.BundleMerger merger, AppState state,
            TaskRunner runner, DialogService dialogs, FailureMessages failures, I18n i18n) {
        this.merger = merger;
        this.exports = exports;
        this.state = state;
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

    /** Exports the current meeting after asking for the format and the folder; does nothing if either is cancelled. */
    public void exportCurrent() {
        Meeting meeting = state.currentMeetingProperty().get();
        if (meeting == null || running.get()) {
            return;
        }
        int choice = dialogs.choose(i18n.get("export.window.title"), i18n.get("export.window.chooseFormat"), List.of(
                i18n.get("export.window.format.xlsx"), i18n.get("export.window.format.csv"),
                i18n.get("export.window.format.pdf"), i18n.get("export.window.format.bundle")));
        if (choice < 0) {
            return;
        }
        int scope = dialogs.choose(i18n.get("export.window.title"), i18n.get("export.window.chooseMeetings"), List.of(
                i18n.format("export.window.scope.current", meeting.title()),
                i18n.format("export.window.scope.month", meeting.date().getYear(), meeting.date().getMonthValue()),
                i18n.get("export.window.scope.all")));
        if (scope < 0) {
            return;
        }
        Optional<Path> folder = dialogs.chooseFolder(i18n.get("export.window.chooseFolder"));
        if (folder.isEmpty()) {
            return;
        }
        ExportFormat format = FORMATS.get(choice);
        java.time.LocalDate monthStart = meeting.date().withDayOfMonth(1);
        progress.set(0);
        running.set(true);
        job.set(runner.runWithProgress(
                (listener, cancelled) -> exports.export(switch (scope) {
                    case 0 -> List.of(meeting.id());
                    case 1 -> exports.meetingsBetween(monthStart, monthStart.plusMonths(1).minusDays(1));
                    default -> exports.meetingsBetween(java.time.LocalDate.of(1900, 1, 1), java.time.LocalDate.of(9999, 12, 31));
                }, format, folder.get(), new ExportMonitor(listener::update, cancelled)),
                (done, total) -> progress.set(total == 0 ? 0 : (double) done / total),
                files -> {
                    running.set(false);
                    dialogs.showInformation(i18n.get("export.window.title"),
                            i18n.format("export.window.done", files.size(), folder.get().toString()));
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
        if (files.isEmpty() || merger == null) {
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
                            i18n.format("export.cli.merged", result.messageArguments()));
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
            return i18n.format(rejected.problem().messageKey(), rejected.file().toString(), rejected.detail());
        }
        if (failure instanceof ExportFailedException failed) {
            return i18n.format(failed.problem().messageKey(), String.valueOf(failed.file()));
        }
        return failures.describe(failure);
    }
}
