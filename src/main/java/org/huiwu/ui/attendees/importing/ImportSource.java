package org.huiwu.ui.attendees.importing;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.attendees.importing.ColumnMapping;
import org.huiwu.logic.attendees.importing.SourceTable;

/**
 * The file being imported as the mapping editor shows it: the table read from it, its sheets, the
 * header-row switch, one {@link ColumnChoice} per column and a line describing the source; turns the
 * user's choices back into a {@link ColumnMapping}. A change of a column's field or of the header-row
 * switch (not the ones made while a read table is shown) runs {@code onChange}. FX thread only.
 */
final class ImportSource {

    private final I18n i18n;
    private final Runnable onChange;
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ObservableList<String> sheetNames = FXCollections.observableArrayList();
    private final StringProperty sheet = new SimpleStringProperty(this, "sheet");
    private final BooleanProperty headerRow = new SimpleBooleanProperty(this, "headerRow", true);
    private final StringProperty description = new SimpleStringProperty(this, "sourceDescription", "");
    private SourceTable table;
    private boolean applyingTable;

    ImportSource(I18n i18n, Runnable onChange) {
        this.i18n = i18n;
        this.onChange = onChange;
        headerRow.addListener((obs, old, now) -> {
            if (!applyingTable) {
                onChange.run();
            }
        });
    }

    /** The table last read, or null before the first read. */
    SourceTable table() {
        return table;
    }

    /** Shows a table read from {@code file} under the recognised {@code mapping}. */
    void show(Path file, SourceTable read, ColumnMapping mapping) {
        applyingTable = true;
        table = read;
        sheetNames.setAll(read.sheetNames());
        sheet.set(read.sheetName());
        headerRow.set(mapping.hasHeaderRow());
        List<String> captions = read.rows().isEmpty() ? List.of() : read.rows().get(0).cells();
        columns.clear();
        for (int i = 0; i < read.columnCount(); i++) {
            String caption = i < captions.size() ? captions.get(i) : "";
            ColumnChoice choice = new ColumnChoice(i, caption, mapping.fieldAt(i).orElse(null));
            choice.fieldProperty().addListener((obs, old, now) -> onChange.run());
            columns.add(choice);
        }
        description.set(describe(file, read));
        applyingTable = false;
    }

    /** The mapping the user's column choices and header-row switch make. */
    ColumnMapping mapping() {
        ColumnMapping mapping = ColumnMapping.unmapped().withHeaderRow(headerRow.get() ? 1 : ColumnMapping.NO_HEADER);
        for (ColumnChoice choice : columns) {
            if (choice.fieldProperty().get() != null) {
                mapping = mapping.withField(choice.column(), choice.fieldProperty().get());
            }
        }
        return mapping;
    }

    private String describe(Path file, SourceTable read) {
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

    ObservableList<ColumnChoice> columns() { return columns; }
    ObservableList<String> sheetNames() { return sheetNames; }
    StringProperty sheetProperty() { return sheet; }
    BooleanProperty headerRowProperty() { return headerRow; }
    StringProperty descriptionProperty() { return description; }
}
