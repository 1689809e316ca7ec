package org.huiwu.ui.meetings;

import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.huiwu.ui.control.CommittingCell;
import org.huiwu.ui.control.MarkedField;

/**
 * The meeting form's agenda table: its editable columns, the agenda's problem mark, adding, removing and moving
 * rows, and saving the form once the focus has really left the table (not while a cell's edit moves on). Made
 * by {@link MeetingFormView}. FX thread only.
 */
final class AgendaEditor {

    private final TableView<AgendaRow> table;
    private final TableColumn<AgendaRow, String> timeColumn;
    private final MeetingFormViewModel viewModel;

    AgendaEditor(TableView<AgendaRow> table, TableColumn<AgendaRow, String> timeColumn,
            TableColumn<AgendaRow, String> titleColumn, TableColumn<AgendaRow, String> speakerColumn,
            Label mark, MeetingFormViewModel viewModel) {
        this.table = table;
        this.timeColumn = timeColumn;
        this.viewModel = viewModel;
        table.setItems(viewModel.agenda());
        timeColumn.setCellValueFactory(cell -> cell.getValue().timeProperty());
        timeColumn.setCellFactory(CommittingCell.forMarkedText(AgendaRow::commitTime,
                AgendaRow::timeProblemProperty));
        MarkedField.mark(mark, viewModel.agendaProblemProperty());
        bindColumn(titleColumn, AgendaRow::titleProperty);
        bindColumn(speakerColumn, AgendaRow::speakerProperty);
        table.focusWithinProperty().addListener((obs, was, focused) -> {
            if (!focused) { // the focus passes outside for a moment while a cell's edit moves on: look again after
                Platform.runLater(() -> {
                    if (!table.isFocusWithin() && table.getEditingCell() == null) {
                        viewModel.commit();
                    }
                });
            }
        });
    }

    private static void bindColumn(TableColumn<AgendaRow, String> column,
            Function<AgendaRow, StringProperty> property) {
        column.setCellValueFactory(cell -> property.apply(cell.getValue()));
        column.setCellFactory(CommittingCell.forText((row, text) -> property.apply(row).set(text)));
    }

    /** Takes in what is being typed in an agenda cell. */
    void endEdit() {
        if (table.getEditingCell() != null) {
            table.edit(-1, null);
        }
    }

    /** Adds a row at the end and starts editing its time. */
    void add() {
        viewModel.addAgendaRow();
        int last = viewModel.agenda().size() - 1;
        table.getSelectionModel().select(last);
        table.scrollTo(last);
        table.requestFocus();
        table.layout();
        table.edit(last, timeColumn);
    }

    void removeSelected() {
        AgendaRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.removeAgendaRow(row);
        }
    }

    /** Moves the selected row up (-1) or down (1), keeping it selected. */
    void moveSelected(int offset) {
        AgendaRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.moveAgendaRow(row, offset);
            table.getSelectionModel().select(row);
        }
    }
}
