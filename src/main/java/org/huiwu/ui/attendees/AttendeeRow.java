package org.huiwu.ui.attendees;

import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

import org.huiwu.model.Attendee;

/**
 * A table row that can be dragged onto another row to take its place in the precedence list; a name
 * that occurs twice in the meeting is marked {@code :duplicate}. FX thread only.
 */
final class AttendeeRow extends TableRow<Attendee> {

    private static final PseudoClass DUPLICATE = PseudoClass.getPseudoClass("duplicate");
    private static final DataFormat ATTENDEE_ID = new DataFormat("application/x-huiwu-precedence-move");

    private final AttendeeTableViewModel viewModel;

    AttendeeRow(AttendeeTableViewModel viewModel) {
        this.viewModel = viewModel;
        viewModel.duplicateNames().addListener((javafx.collections.SetChangeListener<String>) change -> markDuplicate());
        setOnDragDetected(event -> {
            if (getItem() == null || getTableView().getEditingCell() != null) {
                return;
            }
            Dragboard board = startDragAndDrop(TransferMode.MOVE);
            board.setDragView(snapshot(null, null));
            ClipboardContent content = new ClipboardContent();
            content.put(ATTENDEE_ID, getItem().id().toString());
            board.setContent(content);
            event.consume();
        });
        setOnDragOver(event -> {
            if (event.getDragboard().hasContent(ATTENDEE_ID) && getItem() != null) {
                event.acceptTransferModes(TransferMode.MOVE);
            }
            event.consume();
        });
        setOnDragDropped(event -> {
            Object id = event.getDragboard().getContent(ATTENDEE_ID);
            Attendee target = getItem();
            boolean done = false;
            if (id != null && target != null) {
                int targetIndex = viewModel.attendees().indexOf(target);
                viewModel.attendees().stream().filter(a -> a.id().toString().equals(id)).findFirst()
                        .ifPresent(dragged -> viewModel.moves().moveTo(dragged, targetIndex));
                done = true;
            }
            event.setDropCompleted(done);
            event.consume();
        });
    }

    @Override
    protected void updateItem(Attendee attendee, boolean empty) {
        super.updateItem(attendee, empty);
        markDuplicate();
    }

    private void markDuplicate() {
        Attendee attendee = getItem();
        pseudoClassStateChanged(DUPLICATE, attendee != null && viewModel.duplicateNames().contains(attendee.name().strip()));
    }
}
