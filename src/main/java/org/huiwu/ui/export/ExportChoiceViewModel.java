package org.huiwu.ui.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.ExportFolders;
import org.huiwu.logic.export.ExportFormat;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.model.Meeting;
import org.huiwu.ui.common.DialogService;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.TaskRunner;
import org.huiwu.ui.export.MeetingSelection.Scope;

/**
 * The export dialog's choices: the meetings ({@link MeetingSelection}: hand-picked or a date range), the
 * format and the folder (typed or chosen; the last one used, else a default, is offered).
 * {@link #export(Runnable)} checks the choice, says what is missing in {@link #problemProperty()}, and hands
 * a sound choice to the {@link MeetingExportViewModel} that runs it with progress. FX thread only; the
 * meeting list is read and the folder checked on the task runner's thread.
 */
public final class ExportChoiceViewModel {

    /** The formats offered, in the order shown. */
    public static final List<ExportFormat> FORMATS = List.of(ExportFormat.XLSX, ExportFormat.CSV, ExportFormat.PDF,
            ExportFormat.BUNDLE);

    private final MeetingCatalog meetings;
    private final MeetingExportViewModel jobs;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final FailureMessages failures;
    private final I18n i18n;
    private final MeetingSelection selection;
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.XLSX);
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final StringProperty folderText = new SimpleStringProperty(this, "folderText", "");
    private final ExportFolders folders;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");

    public ExportChoiceViewModel(MeetingCatalog meetings, MeetingExportViewModel jobs, TaskRunner runner,
            DialogService dialogs, FailureMessages failures, I18n i18n, ExportFolders folders) {
        this.meetings = meetings;
        this.folders = folders;
        this.jobs = jobs;
        this.runner = runner;
        this.dialogs = dialogs;
        this.failures = failures;
        this.i18n = i18n;
        this.selection = new MeetingSelection(i18n, () -> problem.set(""));
        folder.addListener((o, was, now) -> {
            problem.set("");
            if (now != null && !now.toString().equals(folderText.get().strip())) {
                folderText.set(now.toString());
            }
        });
        folderText.addListener((o, was, now) -> folder.set(typedFolder(now)));
    }

    /** Reads the meetings, ticks the current one, starts the range at its month and offers a folder. */
    public void load(Meeting current) {
        runner.run(folders::initial, initial -> {
            if (folder.get() == null) {
                folder.set(initial);
            }
        }, failure -> { });
        if (current != null) {
            selection.startAt(current);
        }
        runner.run(meetings::list, list -> selection.show(list, current),
                failure -> problem.set(failures.describe(failure)));
    }

    /** The meetings the list shows (filtered by the search text), newest first as the catalog lists them. */
    public ObservableList<MeetingChoice> shownMeetings() { return selection.shownMeetings(); }
    public StringProperty searchProperty() { return selection.searchProperty(); }
    public ObjectProperty<Scope> scopeProperty() { return selection.scopeProperty(); }
    public ObjectProperty<LocalDate> fromProperty() { return selection.fromProperty(); }
    public ObjectProperty<LocalDate> toProperty() { return selection.toProperty(); }
    public ReadOnlyIntegerProperty rangeCountProperty() { return selection.rangeCountProperty(); }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    /** The folder as typed (or as chosen with Browse); a path that cannot be read leaves no folder. */
    public StringProperty folderTextProperty() {
        return folderText;
    }

    /** How many meetings the choice covers, as a sentence. */
    public ReadOnlyStringProperty summaryProperty() { return selection.summaryProperty(); }

    /** What keeps the choice from being exported, empty when nothing does. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Asks for the folder to export into. */
    public void chooseFolder() {
        dialogs.chooseFolder(i18n.get("export.window.chooseFolder")).ifPresent(folder::set);
    }

    /** Ticks or unticks every meeting the list shows. */
    public void chooseAllShown(boolean chosen) {
        selection.chooseAllShown(chosen);
    }

    /**
     * Starts the export when the choice is complete: what can be told at once (no meeting, no dates, no folder)
     * is said in {@link #problemProperty()} straight away; the folder itself is checked on the task runner's
     * thread, and only when it is fit (and still the chosen folder) does the export start and {@code started}
     * run (the dialog closes then).
     * While the folder is being checked {@link #checkingProperty()} is true. FX thread.
     */
    public void export(Runnable started) {
        List<UUID> ids = selection.chosen();
        String missing = problemWith(ids);
        problem.set(missing);
        if (!missing.isEmpty() || checking.get()) {
            return;
        }
        Path into = folder.get();
        ExportFormat as = format.get();
        checking.set(true);
        runner.run(() -> folders.problem(into), folderProblem -> {
            checking.set(false);
            if (!into.equals(folder.get())) {
                return;
            }
            if (folderProblem.isPresent()) {
                problem.set(i18n.format(folderProblem.get().messageKey(), into.toString()));
                return;
            }
            jobs.export(ids, as, into);
            runner.run(() -> {
                folders.remember(into);
                return into;
            }, remembered -> { }, failure -> { });
            started.run();
        }, failure -> {
            checking.set(false);
            problem.set(failures.describe(failure));
        });
    }

    /** True while the chosen folder is being checked (the dialog's Export button waits). */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    private String problemWith(List<UUID> ids) {
        String choiceProblem = selection.problemWith(ids);
        if (!choiceProblem.isEmpty()) {
            return choiceProblem;
        }
        if (folder.get() == null) {
            return i18n.get("export.dialog.noFolder");
        }
        return "";
    }

    private static Path typedFolder(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Path typed = Path.of(text.strip());
            return typed.isAbsolute() ? typed : null;
        } catch (java.nio.file.InvalidPathException unreadable) {
            return null;
        }
    }
}
