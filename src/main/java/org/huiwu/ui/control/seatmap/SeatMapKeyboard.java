package org.huiwu.ui.control.seatmap;

import javafx.event.EventHandler;
import javafx.scene.input.KeyEvent;

/**
 * Keyboard input on a focused map: arrow keys move the selection to the nearest seat in that
 * direction and pan it into view; Enter or Space activates the selected seat; {@code +} (or
 * {@code =}) and {@code -} zoom around the centre; {@code 0} fits the plan. The handler sits on
 * the control and is removed on dispose.
 *
 * <p>FX thread only.
 */
final class SeatMapKeyboard {

    private static final double KEY_ZOOM_STEP = 1.25;

    private final SeatMap map;
    private final SeatMapSkin skin;
    private final EventHandler<KeyEvent> handler = this::pressed;

    SeatMapKeyboard(SeatMap map, SeatMapSkin skin) {
        this.map = map;
        this.skin = skin;
        map.addEventHandler(KeyEvent.KEY_PRESSED, handler);
    }

    private void pressed(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        boolean handled = true;
        switch (e.getCode()) {
            case UP, KP_UP -> move(SeatMapNavigation.Direction.UP);
            case DOWN, KP_DOWN -> move(SeatMapNavigation.Direction.DOWN);
            case LEFT, KP_LEFT -> move(SeatMapNavigation.Direction.LEFT);
            case RIGHT, KP_RIGHT -> move(SeatMapNavigation.Direction.RIGHT);
            case ENTER, SPACE -> {
                String id = map.getSelectedSeatId();
                if (id != null && SeatMapNavigation.find(map.getTiles(), id) != null) {
                    SeatMapGestures.activate(map, id);
                }
            }
            case PLUS, ADD, EQUALS -> skin.zoomAboutCentre(KEY_ZOOM_STEP);
            case MINUS, SUBTRACT -> skin.zoomAboutCentre(1 / KEY_ZOOM_STEP);
            case DIGIT0, NUMPAD0 -> map.fitToView();
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void move(SeatMapNavigation.Direction direction) {
        SeatMapNavigation.next(map.getTiles(), map.getSelectedSeatId(), direction).ifPresent(id -> {
            map.setSelectedSeatId(id);
            skin.reveal(id);
        });
    }

    void dispose() {
        map.removeEventHandler(KeyEvent.KEY_PRESSED, handler);
    }
}
