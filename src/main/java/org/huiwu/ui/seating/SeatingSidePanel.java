package org.huiwu.ui.seating;

import java.util.Optional;

import javafx.geometry.Point2D;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.fxml.FXML;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;

import org.huiwu.i18n.I18n;
import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.ui.common.ViewLoader;
import org.huiwu.ui.control.seatmap.SeatMap;
import org.huiwu.ui.seatplan.SeatingLabels;

/**
 * The left side of the seating screen: the plan's blocks with their commands, the people without a
 * seat (drag them onto the map), and the selected seat with check-in and lock buttons. FX thread only.
 */
public final class SeatingSidePanel extends VBox {

    @FXML private ListView<SeatBlock> blockList;
    @FXML private MenuButton addBlockButton;
    @FXML private ListView<Attendee> unseatedList;
    @FXML private Label selectedSeatLabel;
    @FXML private VBox seatActions;

    private final SeatingViewModel viewModel;
    private final SeatingCommands commands;
    private final I18n i18n;

    public SeatingSidePanel(SeatingViewModel viewModel, SeatingCommands commands, I18n i18n) {
        this.viewModel = viewModel;
        this.commands = commands;
        this.i18n = i18n;
        ViewLoader.load(this, i18n);
    }

    @FXML
    private void initialize() {
        for (BlockKind kind : BlockKind.values()) {
            MenuItem item = new MenuItem(SeatingLabels.kind(i18n, kind));
            item.setId("addBlock-" + kind.name());
            item.setOnAction(event -> editBlock(new BlockEditorViewModel(kind, i18n)));
            addBlockButton.getItems().add(item);
        }
        viewModel.planProperty().addListener((obs, old, plan) ->
                blockList.getItems().setAll(plan == null ? java.util.List.of() : plan.blocks()));
        if (viewModel.planProperty().get() != null) {
            blockList.getItems().setAll(viewModel.planProperty().get().blocks());
        }
        blockList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SeatBlock block, boolean empty) {
                super.updateItem(block, empty);
                setText(empty || block == null ? null : SeatingLabels.block(i18n, block));
            }
        });
        unseatedList.setItems(viewModel.unseated());
        unseatedList.setCellFactory(list -> new UnseatedCell());
        viewModel.selectedSeatProperty().addListener((obs, old, seat) -> showSelected(seat));
        viewModel.tiles().addListener((javafx.collections.ListChangeListener<Object>) change ->
                showSelected(viewModel.selectedSeatProperty().get()));
        showSelected(viewModel.selectedSeatProperty().get());
    }

    private void showSelected(String seatKey) {
        seatActions.setDisable(seatKey == null);
        if (seatKey == null) {
            selectedSeatLabel.setText(i18n.get("seating.selected.none"));
            return;
        }
        String who = viewModel.assignments().occupantOf(seatKey).map(viewModel::person)
                .map(a -> a.name() + (a.organisation().isEmpty() ? "" : "  " + a.organisation()))
                .orElse(i18n.get("seating.selected.empty"));
        String lock = viewModel.assignments().isLocked(seatKey) ? "  " + i18n.get("seating.selected.locked") : "";
        selectedSeatLabel.setText(who + lock);
    }

    /** The seat menu (right-click or long press on the map). */
    void showSeatMenu(SeatMap map, String seatKey, Point2D screenPoint) {
        viewModel.selectedSeatProperty().set(seatKey);
        ContextMenu menu = new ContextMenu(
                item("seating.seat.arrived", () -> commands.checkIn(seatKey, CheckInStatus.ARRIVED)),
                item("seating.seat.late", () -> commands.checkIn(seatKey, CheckInStatus.LATE)),
                item("seating.seat.absent", () -> commands.checkIn(seatKey, CheckInStatus.ABSENT)),
                item("seating.seat.lock", () -> commands.toggleLock(seatKey)),
                item("seating.seat.unseat", () -> commands.unseat(seatKey)));
        menu.show(map, screenPoint.getX(), screenPoint.getY());
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(i18n.get(key));
        item.setOnAction(event -> action.run());
        return item;
    }

    private Optional<SeatBlock> selectedBlock() {
        return Optional.ofNullable(blockList.getSelectionModel().getSelectedItem());
    }

    private void editBlock(BlockEditorViewModel editor) {
        editor.offerPresiders(viewModel.attendees());
        int seen = viewModel.layouts().seen();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(i18n.get("seating.block.dialog"));
        dialog.getDialogPane().setContent(new BlockEditorView(editor, i18n));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().setAll(getScene().getStylesheets());
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            SeatBlock block = editor.build();
            if (block == null) {
                event.consume();
            } else {
                commands.planEdits().saveBlock(block, seen);
            }
        });
        dialog.show();
    }

    @FXML private void onEditBlock() { selectedBlock().ifPresent(b -> editBlock(new BlockEditorViewModel(b, i18n))); }
    @FXML private void onBlockUp() { selectedBlock().ifPresent(b -> commands.planEdits().moveBlockUp(b.id())); }
    @FXML private void onClearBlock() { selectedBlock().ifPresent(b -> commands.clearBlock(b.id())); }
    @FXML private void onRemoveBlock() { selectedBlock().ifPresent(b -> commands.planEdits().removeBlock(b.id())); }
    @FXML private void onArrived() { onSelected(seat -> commands.checkIn(seat, CheckInStatus.ARRIVED)); }
    @FXML private void onLate() { onSelected(seat -> commands.checkIn(seat, CheckInStatus.LATE)); }
    @FXML private void onAbsent() { onSelected(seat -> commands.checkIn(seat, CheckInStatus.ABSENT)); }
    @FXML private void onLock() { onSelected(commands::toggleLock); }
    @FXML private void onUnseat() { onSelected(commands::unseat); }

    private void onSelected(java.util.function.Consumer<String> action) {
        String seat = viewModel.selectedSeatProperty().get();
        if (seat != null) {
            action.accept(seat);
        }
    }

    /** An unseated attendee that can be dragged onto a seat of the map. */
    private final class UnseatedCell extends ListCell<Attendee> {
        UnseatedCell() {
            setOnDragDetected(event -> {
                if (getItem() == null) {
                    return;
                }
                ClipboardContent content = new ClipboardContent();
                content.put(SeatMap.ATTENDEE_FORMAT, getItem().id().toString());
                startDragAndDrop(TransferMode.MOVE).setContent(content);
                event.consume();
            });
        }

        @Override
        protected void updateItem(Attendee attendee, boolean empty) {
            super.updateItem(attendee, empty);
            setText(empty || attendee == null ? null
                    : attendee.rank() + "  " + attendee.name() + "  " + attendee.position());
        }
    }
}
