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
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running", false);
    private final AtomicReference<TaskRunner.Cancellable> job = new AtomicReference<>();

    public MeetingExportViewModel(MeetingExports exports, AppState state, TaskRunner runner, DialogService dialogs,
            FailureMessages failures, I18n i18n) {
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
        Optional<Path> folder = dialogs.chooseFolder(i18n.get("export.window.chooseFolder"));
        if (folder.isEmpty()) {
            return;
        }
        ExportFormat format = FORMATS.get(choice);
        progress.set(0);
        running.set(true);
        job.set(runner.runWithProgress(
                (listener, cancelled) -> exports.export(List.of(meeting.id()), format, folder.get(),
                        new ExportMonitor(listener::update, cancelled)),
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

    /** Asks the running export to stop; its partial file is removed. */
    public void cancel() {
        TaskRunner.Cancellable running = job.get();
        if (running != null) {
            running.cancel();
        }
    }

    private String message(Throwable failure) {
        if (failure instanceof ExportFailedException failed) {
            return i18n.format(failed.problem().messageKey(), String.valueOf(failed.file()));
        }
        return failures.describe(failure);
    }
}
