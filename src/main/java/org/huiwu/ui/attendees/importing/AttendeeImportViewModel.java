package org.huiwu.ui.attendees.importing;

import java.nio.file.Path;
import java.util.UUID;
import java.util.function.IntConsumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.logic.messages.ImportProblemTexts;
import org.huiwu.logic.attendees.AttendeeImport;
import org.huiwu.logic.attendees.ImportMode;
import org.huiwu.logic.attendees.importing.AttendeeImportPreview;
import org.huiwu.logic.attendees.importing.ColumnMapping;
import org.huiwu.logic.attendees.importing.ImportFileException;
import org.huiwu.logic.attendees.importing.ImportMonitor;
import org.huiwu.logic.attendees.importing.ImportRow;
import org.huiwu.logic.attendees.importing.SourceTable;
import org.huiwu.ui.common.DialogService;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.TaskRunner;

/**
 * The import dialog's state: reading the chosen file with progress, the column mapping the user can
 * change, the checked preview with every problem listed by row, the choice between adding to the
 * meeting's list and replacing it (replacing is confirmed, naming how many are removed), and the
 * all-or-nothing import. The file's sheets and column choices are {@link ImportSource}.
 * FX thread only; reading, checking and writing run through the {@link TaskRunner}.
 */
public final class AttendeeImportViewModel {

    private final AttendeeImport importer;
    private final UUID meetingId;
    private final TaskRunner runner;
    private final FailureMessages failures;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ImportProblemTexts problemTexts;

    private final ImportSource source;
    private final ObjectProperty<AttendeeImportPreview> preview = new SimpleObjectProperty<>(this, "preview");
    private final ObservableList<ImportRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringProperty verdict = new SimpleStringProperty(this, "verdict", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);
    private final ObjectProperty<ImportMode> mode = new SimpleObjectProperty<>(this, "mode", ImportMode.ADD);
    private final IntegerProperty existing = new SimpleIntegerProperty(this, "existing");

    private Path file;
    private TaskRunner.Cancellable running;

    public AttendeeImportViewModel(AttendeeImport importer, UUID meetingId, TaskRunner runner,
            FailureMessages failures, DialogService dialogs, I18n i18n) {
        this.importer = importer;
        this.meetingId = meetingId;
        this.runner = runner;
        this.failures = failures;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.problemTexts = new ImportProblemTexts(i18n);
        this.source = new ImportSource(i18n, this::recheck);
        mode.addListener((obs, old, now) -> recheck());
    }

    /** Reads the file (the chosen sheet, or the first) and checks it under the recognised mapping. */
    public void load(Path chosenFile, String sheetName) {
        this.file = chosenFile;
        cancel();
        busy.set(true);
        progress.set(-1);
        problems.clear();
        ImportMode checkedFor = mode.get();
        running = runner.runWithProgress((progressSink, cancelled) -> {
            ImportMonitor monitor = new ImportMonitor(progressSink::update, cancelled);
            SourceTable read = importer.read(chosenFile, sheetName, monitor);
            ColumnMapping mapping = importer.recognise(read);
            return new Loaded(read, mapping, importer.preview(meetingId, read, mapping, checkedFor, monitor),
                    importer.countExisting(meetingId));
        }, (done, total) -> progress.set(total > 0 ? (double) done / total : -1), loaded -> {
            existing.set(loaded.existing());
            source.show(file, loaded.table(), loaded.mapping());
            showPreview(loaded.preview());
        }, this::showFailure);
    }

    /** Checks the rows again after the user changed the mapping or the header-row switch. */
    public void recheck() {
        SourceTable current = source.table();
        if (current == null) {
            return;
        }
        ColumnMapping mapping = source.mapping();
        ImportMode checkedFor = mode.get();
        busy.set(true);
        running = runner.runWithProgress((progressSink, cancelled) -> importer.preview(meetingId, current, mapping,
                checkedFor, new ImportMonitor(progressSink::update, cancelled)),
                (done, total) -> progress.set(total > 0 ? (double) done / total : -1),
                this::showPreview, this::showFailure);
    }

    /**
     * Writes every previewed attendee, or none, added to the list or replacing it as {@link #modeProperty}
     * says; replacing a list that is not empty asks first, naming how many attendees will be removed.
     * {@code onImported} receives the count.
     */
    public void importAll(IntConsumer onImported) {
        AttendeeImportPreview checked = preview.get();
        if (checked == null || checked.hasErrors() || busy.get()) {
            return;
        }
        ImportMode chosen = mode.get();
        if (chosen == ImportMode.REPLACE && existing.get() > 0 && !dialogs.confirm(i18n.get("import.replace.title"),
                i18n.format("import.replace.question", existing.get(), checked.rows().size()))) {
            return;
        }
        busy.set(true);
        runner.run(() -> importer.commit(meetingId, checked, chosen), count -> {
            busy.set(false);
            onImported.accept(count);
        }, this::showFailure);
    }

    /** Asks a running read or check to stop at its next checkpoint. */
    public void cancel() {
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    public void chooseSheet(String sheetName) {
        if (file != null && sheetName != null && !sheetName.equals(source.sheetProperty().get())) {
            load(file, sheetName);
        }
    }

    private void showPreview(AttendeeImportPreview checked) {
        busy.set(false);
        running = null;
        preview.set(checked);
        rows.setAll(checked.rows());
        problems.setAll(checked.problems().stream().map(problemTexts::describe).toList());
        long errorRows = checked.rows().stream().filter(ImportRow::hasErrors).count();
        verdict.set(checked.hasErrors()
                ? i18n.format("import.verdict.errors", errorRows, checked.problems().size())
                : i18n.format("import.verdict.ready", checked.rows().size()));
    }

    private void showFailure(Throwable failure) {
        busy.set(false);
        running = null;
        preview.set(null);
        if (failure instanceof java.util.concurrent.CancellationException) {
            verdict.set(i18n.get("import.cancelled"));
        } else if (failure instanceof ImportFileException fileProblem) {
            verdict.set(problemTexts.describe(fileProblem.problem()));
        } else {
            verdict.set(failures.describe(failure));
        }
    }

    /** True when the checked rows can be written: no errors, nothing running. */
    public BooleanBinding canImportProperty() {
        return Bindings.createBooleanBinding(() -> preview.get() != null && !preview.get().hasErrors() && !busy.get(),
                preview, busy);
    }

    public ObservableList<ColumnChoice> columns() { return source.columns(); }
    public ObservableList<String> sheetNames() { return source.sheetNames(); }
    public StringProperty sheetProperty() { return source.sheetProperty(); }
    public BooleanProperty headerRowProperty() { return source.headerRowProperty(); }
    public ObservableList<ImportRow> rows() { return rows; }
    public ObservableList<String> problems() { return problems; }
    public StringProperty sourceDescriptionProperty() { return source.descriptionProperty(); }
    public StringProperty verdictProperty() { return verdict; }
    public BooleanProperty busyProperty() { return busy; }
    public DoubleProperty progressProperty() { return progress; }
    public ObjectProperty<AttendeeImportPreview> previewProperty() { return preview; }
    public ObjectProperty<ImportMode> modeProperty() { return mode; }
    /** How many attendees the meeting had when the file was read: those a replacing import removes. */
    public IntegerProperty existingProperty() { return existing; }

    private record Loaded(SourceTable table, ColumnMapping mapping, AttendeeImportPreview preview, int existing) {
    }
}
