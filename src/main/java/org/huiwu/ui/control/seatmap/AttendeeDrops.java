package org.huiwu.ui.control.seatmap;

import java.util.function.BiConsumer;

import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Pane;

/**
 * Drops of an attendee from outside the map (the system dragboard with {@link SeatMap#ATTENDEE_FORMAT}) onto the
 * map's viewport: the seat under the pointer is shown as the drop target while dragging over, a locked seat
 * accepts no drop, and a drop on a free-to-take seat is handed to the map's external-drop callback. Drags of a
 * seat's occupant inside the map are {@link SeatMapGestures}'. Handlers are installed on the viewport, which the
 * skin discards on dispose. FX thread only.
 */
final class AttendeeDrops {

    private final SeatMap map;
    private final SeatMapSkin skin;

    AttendeeDrops(SeatMap map, SeatMapSkin skin, Pane viewport) {
        this.map = map;
        this.skin = skin;
        viewport.addEventHandler(DragEvent.DRAG_OVER, this::dragOver);
        viewport.addEventHandler(DragEvent.DRAG_EXITED, e -> skin.showDropHover(null));
        viewport.addEventHandler(DragEvent.DRAG_DROPPED, this::dropped);
    }

    private void dragOver(DragEvent e) {
        SeatTile seat = e.getDragboard().hasContent(SeatMap.ATTENDEE_FORMAT) ? skin.seatAt(e.getX(), e.getY()) : null;
        if (seat != null && !seat.locked()) {
            e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            skin.showDropHover(seat.id());
        } else {
            skin.showDropHover(null);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        SeatTile seat = skin.seatAt(e.getX(), e.getY());
        Object key = e.getDragboard().getContent(SeatMap.ATTENDEE_FORMAT);
        BiConsumer<String, String> callback = map.onExternalDropProperty().get();
        boolean done = seat != null && !seat.locked() && key instanceof String && callback != null;
        if (done) {
            callback.accept((String) key, seat.id());
        }
        skin.showDropHover(null);
        e.setDropCompleted(done);
        e.consume();
    }
}
