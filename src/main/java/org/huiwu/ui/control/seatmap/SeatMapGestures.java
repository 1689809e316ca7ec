package org.huiwu.ui.control.seatmap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Pane;
import javafx.util.Duration;

/**
 * Pointer and touch input on the map's viewport. A press on a seat followed by a
 * release without moving activates it; holding 600 ms asks for its context menu. Moving more than
 * a few pixels from an occupied, unlocked seat drags its occupant (plain mouse events, not the
 * system dragboard, so it works the same under touch and in headless tests); from anywhere else it
 * pans. The mouse wheel zooms around the pointer; touch scrolling pans and pinching zooms.
 * Locked seats accept no drop; drops of an attendee from outside are {@link AttendeeDrops}'. Handlers
 * are installed on the viewport, which the skin discards on dispose.
 *
 * <p>FX thread only.
 */
final class SeatMapGestures {

    private static final double DRAG_THRESHOLD = 6;
    private static final Duration LONG_PRESS = Duration.millis(600);
    /** Wheel zoom factor per 40 px of scroll (one notch on most mice). */
    private static final double WHEEL_STEP = 1.15;

    private enum Mode { IDLE, PRESSED, PANNING, DRAGGING_SEAT }

    private final SeatMap map;
    private final SeatMapSkin skin;
    private final Pane viewport;
    private final Label ghost = new Label();
    private final PauseTransition longPress = new PauseTransition(LONG_PRESS);
    private Mode mode = Mode.IDLE;
    private SeatTile pressedSeat;
    private double pressX;
    private double pressY;
    private PlanViewport viewAtPress;
    private boolean longPressFired;

    SeatMapGestures(SeatMap map, SeatMapSkin skin, Pane viewport, Pane ghostHolder) {
        this.map = map;
        this.skin = skin;
        this.viewport = viewport;
        ghost.getStyleClass().add("seat-drag-ghost");
        ghost.setVisible(false);
        ghostHolder.getChildren().add(ghost);
        longPress.setOnFinished(e -> fireLongPress());
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        viewport.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        viewport.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        viewport.addEventHandler(ZoomEvent.ZOOM, this::zoomed);
        viewport.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenu);
        new AttendeeDrops(map, skin, viewport);
    }

    private void pressed(MouseEvent e) {
        map.requestFocus();
        longPress.stop();
        if (e.getButton() != MouseButton.PRIMARY) {
            mode = Mode.IDLE;
            return;
        }
        mode = Mode.PRESSED;
        pressX = e.getX();
        pressY = e.getY();
        viewAtPress = map.getViewport();
        pressedSeat = skin.seatAt(pressX, pressY);
        longPressFired = false;
        if (pressedSeat != null) {
            longPress.playFromStart();
        }
    }

    private void dragged(MouseEvent e) {
        if (mode == Mode.PRESSED && Math.hypot(e.getX() - pressX, e.getY() - pressY) > DRAG_THRESHOLD) {
            longPress.stop();
            mode = canDragOccupant() ? Mode.DRAGGING_SEAT : Mode.PANNING;
            if (mode == Mode.DRAGGING_SEAT) {
                ghost.setText(pressedSeat.occupant());
                ghost.setVisible(true);
            }
        }
        if (mode == Mode.PANNING && !e.isSynthesized()) {
            map.setViewport(viewAtPress.panBy(e.getX() - pressX, e.getY() - pressY));
        } else if (mode == Mode.DRAGGING_SEAT) {
            SeatTile target = dropTargetAt(e.getX(), e.getY());
            skin.showDropHover(target == null ? null : target.id());
            ghost.autosize();
            ghost.relocate(e.getX() + 12, e.getY() + 12);
        }
        e.consume();
    }

    private boolean canDragOccupant() {
        return pressedSeat != null && map.seatDraggingEnabledProperty().get()
                && !pressedSeat.occupant().isEmpty() && !pressedSeat.locked();
    }

    private SeatTile dropTargetAt(double x, double y) {
        SeatTile target = skin.seatAt(x, y);
        boolean same = target != null && pressedSeat != null && target.id().equals(pressedSeat.id());
        return target == null || target.locked() || same ? null : target;
    }

    private void released(MouseEvent e) {
        longPress.stop();
        if (mode == Mode.DRAGGING_SEAT) {
            SeatTile target = dropTargetAt(e.getX(), e.getY());
            skin.showDropHover(null);
            ghost.setVisible(false);
            BiConsumer<String, String> callback = map.onSeatDraggedProperty().get();
            if (target != null && callback != null) {
                callback.accept(pressedSeat.id(), target.id());
            }
        } else if (mode == Mode.PRESSED && pressedSeat != null && !longPressFired
                && e.getButton() == MouseButton.PRIMARY) {
            activate(map, pressedSeat.id());
        }
        mode = Mode.IDLE;
        pressedSeat = null;
    }

    /** Selects the seat and tells the screen it was activated. */
    static void activate(SeatMap map, String seatId) {
        map.setSelectedSeatId(seatId);
        Consumer<String> callback = map.onSeatActivatedProperty().get();
        if (callback != null) {
            callback.accept(seatId);
        }
    }

    private void fireLongPress() {
        if (mode == Mode.PRESSED && pressedSeat != null) {
            longPressFired = true;
            requestContext(map, pressedSeat.id(), viewport.localToScreen(pressX, pressY));
        }
    }

    /** Tells the screen a seat's context menu was asked for at a screen point. */
    static void requestContext(SeatMap map, String seatId, Point2D screenPoint) {
        BiConsumer<String, Point2D> callback = map.onSeatContextRequestedProperty().get();
        if (callback != null) {
            callback.accept(seatId, screenPoint);
        }
    }

    private void scrolled(ScrollEvent e) {
        if (mode == Mode.DRAGGING_SEAT) {
            e.consume();
            return;
        }
        if (e.getTouchCount() > 0 || e.isDirect() || e.isInertia()) {
            map.setViewport(map.getViewport().panBy(e.getDeltaX(), e.getDeltaY()));
        } else if (e.getDeltaY() != 0) {
            double factor = Math.pow(WHEEL_STEP, e.getDeltaY() / 40);
            map.setViewport(map.getViewport().zoomAbout(factor, e.getX(), e.getY()));
        }
        e.consume();
    }

    private void zoomed(ZoomEvent e) {
        map.setViewport(map.getViewport().zoomAbout(e.getZoomFactor(), e.getX(), e.getY()));
        e.consume();
    }

    private void contextMenu(ContextMenuEvent e) {
        SeatTile seat = skin.seatAt(e.getX(), e.getY());
        if (e.isKeyboardTrigger()) {
            seat = SeatMapNavigation.find(map.getTiles(), map.getSelectedSeatId());
        }
        if (seat != null) {
            requestContext(map, seat.id(), new Point2D(e.getScreenX(), e.getScreenY()));
            e.consume();
        }
    }

    /** Stops a pending long press. */
    void dispose() {
        longPress.stop();
    }
}
