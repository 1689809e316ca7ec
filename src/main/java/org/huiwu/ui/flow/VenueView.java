package org.huiwu.ui.flow;

import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.cell.ChoiceBoxTableCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.util.converter.IntegerStringConverter;

import org.huiwu.i18n.I18n;
import org.huiwu.model.flow.Room;
import org.huiwu.model.flow.RoomLayout;
import org.huiwu.ui.common.ChoiceLabels;
import org.huiwu.ui.common.DayConverter;
import org.huiwu.ui.common.ViewLoader;
import org.huiwu.ui.control.CommittingCell;
import org.huiwu.ui.control.CommittingField;
import org.huiwu.ui.control.MarkedField;

/**
 * The venue screen (会场): a day or week calendar of bookings across rooms ({@link BookingCalendar}) with the
 * booking form, the selected booking's editor (room, day, times, title; cancel) and "make it a meeting", the rooms
 * edited in place (each cell committed when left, Esc cancels) with a form for a new one, and today's meetings of
 * every room with their stages.
 * Binds to {@link VenueViewModel}. FX thread only.
 */
public final class VenueView extends TabPane {

    @FXML private DatePicker dayPicker;
    @FXML private CheckBox weekBox;
    @FXML private GridPane calendar;
    @FXML private ChoiceBox<Room> bookRoomBox;
    @FXML private TextField startField;
    @FXML private TextField endField;
    @FXML private TextField titleField;
    @FXML private TextField organiserField;
    @FXML private TextField expectedField;
    @FXML private Label messageLabel;
    @FXML private TableView<Room> roomTable;
    @FXML private TableColumn<Room, String> roomNameColumn;
    @FXML private TableColumn<Room, Integer> capacityColumn;
    @FXML private TableColumn<Room, RoomLayout> layoutColumn;
    @FXML private TableColumn<Room, String> equipmentColumn;
    @FXML private FlowPane editPane;
    @FXML private ChoiceBox<Room> editRoomBox;
    @FXML private DatePicker editDayPicker;
    @FXML private TextField editStartField;
    @FXML private TextField editEndField;
    @FXML private Label startMark;
    @FXML private Label endMark;
    @FXML private Label editStartMark;
    @FXML private Label editEndMark;
    @FXML private TextField editTitleField;
    @FXML private TextField roomNameField;
    @FXML private TextField capacityField;
    @FXML private ChoiceBox<RoomLayout> layoutBox;
    @FXML private TextField equipmentField;
    @FXML private Label roomMessageLabel;
    @FXML private TableView<TodayRow> todayTable;
    @FXML private TableColumn<TodayRow, String> roomColumn;
    @FXML private TableColumn<TodayRow, String> timeColumn;
    @FXML private TableColumn<TodayRow, String> meetingColumn;
    @FXML private TableColumn<TodayRow, String> stageColumn;

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final VenueViewModel viewModel;
    private final BookingEditViewModel editor;
    private final I18n i18n;

    public VenueView(VenueViewModel viewModel, BookingEditViewModel editor) {
        this.viewModel = viewModel;
        this.editor = editor;
        this.i18n = viewModel.texts().i18n();
        ViewLoader.load(this, i18n);
    }

    @FXML
    private void initialize() {
        dayPicker.setConverter(new DayConverter(i18n));
        dayPicker.valueProperty().bindBidirectional(viewModel.day);
        weekBox.selectedProperty().bindBidirectional(viewModel.week);
        bookRoomBox.setItems(viewModel.rooms);
        bookRoomBox.setConverter(ChoiceLabels.of(r -> r == null ? "" : r.name()));
        bookRoomBox.valueProperty().bindBidirectional(viewModel.bookRoom);
        startField.textProperty().bindBidirectional(viewModel.start);
        endField.textProperty().bindBidirectional(viewModel.end);
        MarkedField.install(startField, startMark, viewModel.startTime.problemProperty(), viewModel.startTime::commit);
        MarkedField.install(endField, endMark, viewModel.endTime.problemProperty(), viewModel.endTime::commit);
        titleField.textProperty().bindBidirectional(viewModel.title);
        organiserField.textProperty().bindBidirectional(viewModel.organiser);
        expectedField.textProperty().bindBidirectional(viewModel.expected);
        messageLabel.textProperty().bind(viewModel.message);
        roomMessageLabel.textProperty().bind(viewModel.message);
        roomTable.setItems(viewModel.rooms);
        roomNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        roomNameColumn.setCellFactory(CommittingCell.forText((r, text) -> viewModel.changeRoom(r, text, r.capacity(),
                r.layout(), r.equipment())));
        capacityColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().capacity()));
        capacityColumn.setCellFactory(CommittingCell.forValues(new IntegerStringConverter(), this::seatsProblem,
                Room::id, (r, seats) -> viewModel.changeRoom(r, r.name(), seats, r.layout(), r.equipment())));
        layoutColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().layout()));
        layoutColumn.setCellFactory(ChoiceBoxTableCell.forTableColumn(ChoiceLabels.of(l -> i18n.get(l.labelKey())),
                RoomLayout.values()));
        layoutColumn.setOnEditCommit(e -> viewModel.changeRoom(e.getRowValue(), e.getRowValue().name(),
                e.getRowValue().capacity(), e.getNewValue(), e.getRowValue().equipment()));
        equipmentColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().equipment()));
        equipmentColumn.setCellFactory(CommittingCell.forText((r, text) -> viewModel.changeRoom(r, r.name(),
                r.capacity(), r.layout(), text)));
        editPane.visibleProperty().bind(editor.editing);
        editPane.managedProperty().bind(editor.editing);
        editRoomBox.setItems(viewModel.rooms.filtered(r -> !r.retired()));
        editRoomBox.setConverter(ChoiceLabels.of(r -> r == null ? "" : r.name()));
        editRoomBox.valueProperty().bindBidirectional(editor.room);
        editDayPicker.setConverter(new DayConverter(i18n));
        editDayPicker.valueProperty().bindBidirectional(editor.date);
        editStartField.textProperty().bindBidirectional(editor.start);
        editEndField.textProperty().bindBidirectional(editor.end);
        editTitleField.textProperty().bindBidirectional(editor.title);
        for (TextField field : List.of(editStartField, editEndField, editTitleField)) {
            CommittingField.install(field, editor::commit, editor::cancelEdit);
        }
        MarkedField.mark(editStartField, editStartMark, editor.startTime.problemProperty());
        MarkedField.mark(editEndField, editEndMark, editor.endTime.problemProperty());
        editor.refused.addListener((obs, was, is) -> List.of(editStartField, editEndField, editTitleField)
                .forEach(f -> f.pseudoClassStateChanged(INVALID, is)));
        roomNameField.textProperty().bindBidirectional(viewModel.roomForm.name);
        capacityField.textProperty().bindBidirectional(viewModel.roomForm.capacity);
        layoutBox.getItems().setAll(RoomLayout.values());
        layoutBox.setConverter(ChoiceLabels.of(l -> i18n.get(l.labelKey())));
        layoutBox.valueProperty().bindBidirectional(viewModel.roomForm.layout);
        equipmentField.textProperty().bindBidirectional(viewModel.roomForm.equipment);
        todayTable.setItems(viewModel.today);
        roomColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().room()));
        timeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().times()));
        meetingColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        stageColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().stage()));
        new BookingCalendar(calendar, viewModel, i18n);
    }

    @FXML private void onPrevious() { viewModel.day.set(viewModel.day.get().minusDays(viewModel.week.get() ? 7 : 1)); }
    @FXML private void onNext() { viewModel.day.set(viewModel.day.get().plusDays(viewModel.week.get() ? 7 : 1)); }
    @FXML private void onBook() { viewModel.bookRoom(); }
    @FXML private void onToMeeting() { viewModel.toMeeting(); }
    @FXML private void onAddRoom() { viewModel.addRoom(); }
    @FXML private void onCancelBooking() { editor.cancelBooking(); }

    private String seatsProblem(String text) {
        try {
            int seats = Integer.parseInt(text.strip());
            return seats < 0 ? i18n.get("flow.problem.badNumber") : null;
        } catch (NumberFormatException e) {
            return i18n.get("flow.problem.badNumber");
        }
    }
}
