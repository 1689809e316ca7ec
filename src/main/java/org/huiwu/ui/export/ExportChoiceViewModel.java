package org.huiwu.ui.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.ExportFolders;
import org.huiwu.logic.export.ExportFormat;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.model.Meeting;
import org.huiwu.ui.common.DialogService;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.TaskRunner;

/**
 * The export dialog's choices: hand-picked meetings (a searchable ticked list, the current meeting ticked
 * first) or a date range (inclusive, with the number of meetings in it), the format and the folder (typed or
 * chosen; the last one used, else a default, is offered).
 * {@link #export(Runnable)} checks the choice, says what is missing in {@link #problemProperty()}, and hands
 * a sound choice to the {@link MeetingExportViewModel} that runs it with progress. FX thread only; the
 * meeting list is read and the folder checked on the task runner's thread.
 */
public final class ExportChoiceViewModel {

    /** How the meetings are chosen. */
    public enum Scope {
        PICKED,
        DATE_RANGE
    }

    /** The formats offered, in the order shown. */
    public static final List<ExportFormat> FORMATS = List.of(ExportFormat.XLSX, ExportFormat.CSV, ExportFormat.PDF,
            ExportFormat.BUNDLE);

    private final MeetingCatalog meetings;
    private final MeetingExportViewModel jobs;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final FailureMessages failures;
    private final I18n i18n;
    private final ObservableList<MeetingChoice> choices = FXCollections.observableArrayList(
            choice -> new javafx.beans.Observable[] {choice.chosenProperty()});
    private final FilteredList<MeetingChoice> shown = new FilteredList<>(choices);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(this, "scope", Scope.PICKED);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.XLSX);
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final StringProperty folderText = new SimpleStringProperty(this, "folderText", "");
    private final ExportFolders folders;
    private final ReadOnlyIntegerWrapper pickedCount = new ReadOnlyIntegerWrapper(this, "pickedCount");
    private final ReadOnlyIntegerWrapper rangeCount = new ReadOnlyIntegerWrapper(this, "rangeCount");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
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
        search.addListener((o, was, now) -> {
            String text = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(choice -> choice.matches(text));
        });
        pickedCount.bind(Bindings.createIntegerBinding(() -> (int) choices.stream()
                .filter(c -> c.chosenProperty().get()).count(), choices));
        rangeCount.bind(Bindings.createIntegerBinding(() -> inRange().size(), choices, from, to));
        summary.bind(Bindings.createStringBinding(() -> scope.get() == Scope.PICKED
                ? i18n.format("export.dialog.pickedCount", pickedCount.get())
                : i18n.format("export.dialog.rangeCount", rangeCount.get()), scope, pickedCount, rangeCount));
        scope.addListener((o, was, now) -> problem.set(""));
        pickedCount.addListener((o, was, now) -> problem.set(""));
        rangeCount.addListener((o, was, now) -> problem.set(""));
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
            from.set(current.date().withDayOfMonth(1));
            to.set(current.date().withDayOfMonth(current.date().lengthOfMonth()));
        }
        runner.run(meetings::list, list -> {
            choices.setAll(list.stream().map(m -> new MeetingChoice(m.id(), m.title(), m.date())).toList());
            choices.stream().filter(c -> current != null && c.id().equals(current.id()))
                    .forEach(c -> c.chosenProperty().set(true));
        }, failure -> problem.set(failures.describe(failure)));
    }

    /** The meetings the list shows (filtered by the search text), newest first as the catalog lists them. */
    public ObservableList<MeetingChoice> shownMeetings() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

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

    public ReadOnlyIntegerProperty rangeCountProperty() {
        return rangeCount.getReadOnlyProperty();
    }

    /** How many meetings the choice covers, as a sentence. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

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
        shown.forEach(choice -> choice.chosenProperty().set(chosen));
    }

    /**
     * Starts the export when the choice is complete: what can be told at once (no meeting, no dates, no folder)
     * is said in {@link #problemProperty()} straight away; the folder itself is checked on the task runner's
     * thread, and only when it is fit does the export start and {@code started} run (the dialog closes then).
     * While the folder is being checked {@link #checkingProperty()} is true. FX thread.
     */
    public void export(Runnable started) {
        List<UUID> ids = scope.get() == Scope.PICKED
                ? choices.stream().filter(c -> c.chosenProperty().get()).map(MeetingChoice::id).toList()
                : inRange();
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
            if (folderProblem.isPresent()) {
                if (into.equals(folder.get())) {
                    problem.set(i18n.format(folderProblem.get().messageKey(), into.toString()));
                }
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
        if (scope.get() == Scope.DATE_RANGE && (from.get() == null || to.get() == null)) {
            return i18n.get("export.dialog.noDates");
        }
        if (scope.get() == Scope.DATE_RANGE && from.get().isAfter(to.get())) {
            return i18n.get("export.dialog.datesReversed");
        }
        if (ids.isEmpty()) {
            return i18n.get(scope.get() == Scope.PICKED ? "export.dialog.nonePicked" : "export.dialog.noneInRange");
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

    private List<UUID> inRange() {
        if (from.get() == null || to.get() == null) {
            return List.of();
        }
        return choices.stream().filter(c -> !c.date().isBefore(from.get()) && !c.date().isAfter(to.get()))
                .sorted(java.util.Comparator.comparing(MeetingChoice::date).thenComparing(MeetingChoice::title))
                .map(MeetingChoice::id).toList();
    }
}
