package org.huiwu.ui.export;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.MergeConflict;
import org.huiwu.ui.common.ViewLoader;
import org.huiwu.ui.export.ConflictListViewModel.FieldRow;

/**
 * The merge-conflict list: conflicts above, the selected one's fields below with the local and incoming
 * values side by side and differing fields highlighted. Binds to {@link ConflictListViewModel}. FX thread only.
 */
public final class ConflictListView extends VBox {

    /** The style class of a field row whose two values differ. */
    static final String CHANGED = "conflict-changed";

    @FXML private Label statusLabel;
    @FXML private TableView<MergeConflict> conflictTable;
    @FXML private TableColumn<MergeConflict, String> mergedAtColumn;
    @FXML private TableColumn<MergeConflict, String> tableColumn;
    @FXML private TableColumn<MergeConflict, String> bundleColumn;
    @FXML private TableColumn<MergeConflict, String> changedColumn;
    @FXML private TableView<FieldRow> fieldTable;
    @FXML private TableColumn<FieldRow, String> fieldColumn;
    @FXML private TableColumn<FieldRow, String> localColumn;
    @FXML private TableColumn<FieldRow, String> incomingColumn;

    private final ConflictListViewModel model;
    private final ZoneId zone;
    private final I18n i18n;

    public ConflictListView(ConflictListViewModel model, ZoneId zone, I18n i18n) {
        this.model = model;
        this.zone = zone;
        this.i18n = i18n;
        ViewLoader.load(this, i18n);
        getStylesheets().add(ConflictListView.class.getResource("export.css").toExternalForm());
    }

    @FXML
    private void initialize() {
        statusLabel.textProperty().bind(model.statusProperty());
        conflictTable.setItems(model.conflicts());
        show(mergedAtColumn, c -> i18n.dateTime(OffsetDateTime.parse(c.mergedAt()).atZoneSameInstant(zone).toLocalDateTime()));
        show(tableColumn, model::tableLabel);
        show(bundleColumn, MergeConflict::bundle);
        show(changedColumn, c -> String.join(", ", c.changed()));
        conflictTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> conflictTable.getSelectionModel().select(now));
        fieldTable.setItems(model.fields());
        show(fieldColumn, FieldRow::field);
        show(localColumn, FieldRow::local);
        show(incomingColumn, FieldRow::incoming);
        fieldTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(FieldRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove(CHANGED);
                if (!empty && row != null && row.changed()) {
                    getStyleClass().add(CHANGED);
                }
            }
        });
    }

    private static <S> void show(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }
}
