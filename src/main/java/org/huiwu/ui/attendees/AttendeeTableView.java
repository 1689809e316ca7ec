package org.huiwu.ui.attendees;

import java.util.function.BiFunction;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Side;
import org.huiwu.ui.common.Command;
import org.huiwu.ui.common.ChoiceLabels;
import org.huiwu.ui.common.EnumLabels;
import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.ViewLoader;
import org.huiwu.ui.control.CellDrafts;
import org.huiwu.ui.control.CommittingCell;

/**
 * The attendee table of the current meeting, edited in place; rows can be dragged to change precedence, and the
 * chosen person stays selected when the list changes ({@link KeptSelection}).
 * Binds to {@link AttendeeTableViewModel}. FX thread only.
 */
public final class AttendeeTableView extends VBox {

    @FXML private TextField filterField;
    @FXML private javafx.scene.control.Button importAttendeesButton;
    @FXML private Label summaryLabel;
    @FXML private Label warningsLabel;
    @FXML private TableView<Attendee> table;
    @FXML private TableColumn<Attendee, Integer> rankColumn;
    @FXML private TableColumn<Attendee, String> nameColumn;
    @FXML private TableColumn<Attendee, String> organisationColumn;
    @FXML private TableColumn<Attendee, String> positionColumn;
    @FXML private TableColumn<Attendee, AttendeeRole> roleColumn;
    @FXML private TableColumn<Attendee, Side> sideColumn;
    @FXML private TableColumn<Attendee, CheckInStatus> checkInColumn;
    @FXML private TableColumn<Attendee, String> notesColumn;

    private final AttendeeTableViewModel viewModel;
    private final EnumLabels labels;
    private final Command importCommand;

    /** @param importCommand the Attendees menu's import command, which the import button runs */
    public AttendeeTableView(AttendeeTableViewModel viewModel, I18n i18n, Command importCommand) {
        this.viewModel = viewModel;
        this.labels = new EnumLabels(i18n);
        this.importCommand = importCommand;
        ViewLoader.load(this, i18n);
    }

    @FXML
    private void initialize() {
        importCommand.drive(importAttendeesButton);
        filterField.textProperty().bindBidirectional(viewModel.filterProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        warningsLabel.textProperty().bind(viewModel.warningsProperty());
        warningsLabel.visibleProperty().bind(viewModel.warningsProperty().isNotEmpty());

        new KeptSelection(table, viewModel.visibleAttendees());
        table.setRowFactory(tableView -> new AttendeeRow(viewModel));

        rankColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().rank()));
        CellDrafts<Attendee> rankDrafts = new CellDrafts<>(Attendee::id);
        rankColumn.setCellFactory(column -> new RankCell(viewModel, viewModel::rankProblem, rankDrafts));
        textColumn(nameColumn, Attendee::name, Attendee::withName);
        textColumn(organisationColumn, Attendee::organisation, Attendee::withOrganisation);
        textColumn(positionColumn, Attendee::position, Attendee::withPosition);
        textColumn(notesColumn, Attendee::notes, Attendee::withNotes);
        choiceColumn(roleColumn, Attendee::role, AttendeeRole.values(), labels::of);
        roleColumn.setOnEditCommit(edit -> viewModel.update(edit.getRowValue().withRole(edit.getNewValue())));
        choiceColumn(sideColumn, Attendee::side, Side.values(), labels::of);
        sideColumn.setOnEditCommit(edit -> viewModel.update(edit.getRowValue().withSide(edit.getNewValue())));
        choiceColumn(checkInColumn, Attendee::checkIn, CheckInStatus.values(), labels::of);
        checkInColumn.setOnEditCommit(edit -> viewModel.checkIn(edit.getRowValue(), edit.getNewValue()));

        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onTableKey);
    }

    private void onTableKey(KeyEvent event) {
        Attendee selected = table.getSelectionModel().getSelectedItem();
        if (table.getEditingCell() != null) {
            return;
        }
        if (event.isAltDown() && event.getCode() == KeyCode.UP && selected != null) {
            viewModel.moves().moveBy(selected, -1);
            event.consume();
        } else if (event.isAltDown() && event.getCode() == KeyCode.DOWN && selected != null) {
            viewModel.moves().moveBy(selected, 1);
            event.consume();
        } else if (event.getCode() == KeyCode.DELETE && selected != null) {
            viewModel.remove(selected);
            event.consume();
        } else if (event.getCode() == KeyCode.INSERT) {
            onAdd();
            event.consume();
        }
    }

    private void textColumn(TableColumn<Attendee, String> column, Function<Attendee, String> getter,
            BiFunction<Attendee, String, Attendee> wither) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(getter.apply(cell.getValue())));
        column.setCellFactory(CommittingCell.forText((attendee, text) ->
                viewModel.update(attendee, wither.apply(attendee, text.strip()))));
    }

    private static <E> void choiceColumn(TableColumn<Attendee, E> column, Function<Attendee, E> getter, E[] values,
            Function<E, String> label) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(getter.apply(cell.getValue())));
        column.setCellFactory(ComboBoxTableCell.forTableColumn(ChoiceLabels.of(label),
                FXCollections.observableArrayList(values)));
    }

    /** Selects the attendee and starts editing the name (used right after adding one). */
    private void editName(Attendee attendee) {
        int row = table.getItems().stream().map(Attendee::id).toList().indexOf(attendee.id());
        if (row >= 0) {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
            table.requestFocus();
            table.layout();
            table.edit(row, nameColumn);
        }
    }

    public void focusFilter() {
        filterField.requestFocus();
    }

    @FXML
    public void onAdd() {
        viewModel.filterProperty().set("");
        viewModel.add(this::editName);
    }

    @FXML
    private void onRemove() {
        Attendee selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.remove(selected);
        }
    }

    @FXML
    private void onUp() {
        Attendee selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.moves().moveBy(selected, -1);
        }
    }

    @FXML
    private void onDown() {
        Attendee selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.moves().moveBy(selected, 1);
        }
    }
}
