package org.huiwu.ui.attendees.importing;

import java.nio.file.Path;
import java.util.List;
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
 * all-or-nothing import.
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

    private final ObjectProperty<SourceTable> table = new SimpleObjectProperty<>(this, "table");
    private final ObjectProperty<AttendeeImportPreview> preview = new SimpleObjectProperty<>(this, "preview");
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ObservableList<String> sheetNames = FXCollections.observableArrayList();
    private final StringProperty sheet = new SimpleStringProperty(this, "sheet");
    private final BooleanProperty headerRow = new SimpleBooleanProperty(this, "headerRow", true);
    private final ObservableList<ImportRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringProperty sourceDescription = new SimpleStringProperty(this, "sourceDescription", "");
    private final StringProperty verdict = new SimpleStringProperty(this, "verdict", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);
    private final ObjectProperty<ImportMode> mode = new SimpleObjectProperty<>(this, "mode", ImportMode.ADD);
    private final IntegerProperty existing = new SimpleIntegerProperty(this, "existing");

    private Path file;
    private TaskRunner.Cancellable running;
    private boolean applyingTable;

    public AttendeeImportViewModel(AttendeeImport importer, UUID meetingId, TaskRunner runner,
            FailureMessages failures, DialogService dialogs, I18n i18n) {
        this.importer = importer;
        this.meetingId = meetingId;
        this.runner = runner;
        this.failures = failures;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.problemTexts = new ImportProblemTexts(i18n);
        headerRow.addListener((obs, old, now) -> {
            if (!applyingTable) {
                recheck();
            }
        });
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
            applyTable(loaded.table(), loaded.mapping());
            showPreview(loaded.preview());
        }, this::showFailure);
    }

    /** Checks the rows again after the user changed the mapping or the header-row switch. */
    public void recheck() {
        SourceTable current = table.get();
        if (current == null) {
            return;
        }
        ColumnMapping mapping = currentMapping();
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
        if (file != null && sheetName != null && !sheetName.equals(sheet.get())) {
            load(file, sheetName);
        }
    }

    private void applyTable(SourceTable read, ColumnMapping mapping) {
        applyingTable = true;
        table.set(read);
        sheetNames.setAll(read.sheetNames());
        sheet.set(read.sheetName());
        headerRow.set(mapping.hasHeaderRow());
        List<String> captions = read.rows().isEmpty() ? List.of() : read.rows().get(0).cells();
        columns.clear();
        for (int i = 0; i < read.columnCount(); i++) {
            String caption = i < captions.size() ? captions.get(i) : "";
            ColumnChoice choice = new ColumnChoice(i, caption, mapping.fieldAt(i).orElse(null));
            choice.fieldProperty().addListener((obs, old, now) -> recheck());
            columns.add(choice);
        }
        sourceDescription.set(describe(read));
        applyingTable = false;
    }

    private ColumnMapping currentMapping() {
        ColumnMapping mapping = ColumnMapping.unmapped().withHeaderRow(headerRow.get() ? 1 : ColumnMapping.NO_HEADER);
        for (ColumnChoice choice : columns) {
            if (choice.fieldProperty().get() != null) {
                mapping = mapping.withField(choice.column(), choice.fieldProperty().get());
            }
        }
        return mapping;
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

    private String describe(SourceTable read) {
        return read.sheetName().isEmpty()
                ? i18n.format("import.source.csv", file.getFileName().toString(), read.encoding(),
                        delimiterName(read.delimiter()), read.rows().size())
                : i18n.format("import.source.workbook", file.getFileName().toString(), read.sheetName(),
                        read.rows().size());
    }

    private String delimiterName(String delimiter) {
        return switch (delimiter) {
            case "\t" -> i18n.get("import.delimiter.tab");
            case ";" -> i18n.get("import.delimiter.semicolon");
            default -> i18n.get("import.delimiter.comma");
        };
    }

    /** True when the checked rows can be written: no errors, nothing running. */
    public BooleanBinding canImportProperty() {
        return Bindings.createBooleanBinding(() -> preview.get() != null && !preview.get().hasErrors() && !busy.get(),
                preview, busy);
    }

    public ObservableList<ColumnChoice> columns() { return columns; }
    public ObservableList<String> sheetNames() { return sheetNames; }
    public StringProperty sheetProperty() { return sheet; }
    public BooleanProperty headerRowProperty() { return headerRow; }
    public ObservableList<ImportRow> rows() { return rows; }
    public ObservableList<String> problems() { return problems; }
    public StringProperty sourceDescriptionProperty() { return sourceDescription; }
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
