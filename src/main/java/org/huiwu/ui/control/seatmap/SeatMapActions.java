package org.huiwu.ui.control.seatmap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.control.Control;
import javafx.scene.input.DataFormat;

/**
 * What the user may do with a seat on a {@link SeatMap}, as the callbacks a screen sets: activate it, ask for its
 * context menu, drag its occupant onto another seat (when enabled), or drop an attendee from another list onto it
 * ({@link #ATTENDEE_FORMAT}). The skin calls them; the control holds no domain. FX thread only, like every node.
 */
public abstract class SeatMapActions extends Control {

    /** The drag-and-drop format of an attendee key dropped onto a seat from another list. */
    public static final DataFormat ATTENDEE_FORMAT = attendeeFormat();

    private final BooleanProperty seatDraggingEnabled =
            new SimpleBooleanProperty(this, "seatDraggingEnabled", true);
    private final ObjectProperty<Consumer<String>> onSeatActivated =
            new SimpleObjectProperty<>(this, "onSeatActivated");
    private final ObjectProperty<BiConsumer<String, Point2D>> onSeatContextRequested =
            new SimpleObjectProperty<>(this, "onSeatContextRequested");
    private final ObjectProperty<BiConsumer<String, String>> onSeatDragged =
            new SimpleObjectProperty<>(this, "onSeatDragged");
    private final ObjectProperty<BiConsumer<String, String>> onExternalDrop =
            new SimpleObjectProperty<>(this, "onExternalDrop");

    private static DataFormat attendeeFormat() {
        String mime = "application/x-huiwu-attendee";
        DataFormat existing = DataFormat.lookupMimeType(mime);
        return existing != null ? existing : new DataFormat(mime);
    }

    /** Whether occupants can be dragged from seat to seat (off on the tea board). */
    public BooleanProperty seatDraggingEnabledProperty() {
        return seatDraggingEnabled;
    }

    public boolean isSeatDraggingEnabled() {
        return seatDraggingEnabled.get();
    }

    public void setSeatDraggingEnabled(boolean enabled) {
        seatDraggingEnabled.set(enabled);
    }

    /** Called with the seat id when a seat is clicked, tapped, or Enter/Space is pressed on it. */
    public ObjectProperty<Consumer<String>> onSeatActivatedProperty() {
        return onSeatActivated;
    }

    public void setOnSeatActivated(Consumer<String> callback) {
        onSeatActivated.set(callback);
    }

    /** Called with the seat id and screen point when a seat's context menu is asked for. */
    public ObjectProperty<BiConsumer<String, Point2D>> onSeatContextRequestedProperty() {
        return onSeatContextRequested;
    }

    public void setOnSeatContextRequested(BiConsumer<String, Point2D> callback) {
        onSeatContextRequested.set(callback);
    }

    /** Called with (fromSeatId, toSeatId) when an occupant is dragged onto another seat. */
    public ObjectProperty<BiConsumer<String, String>> onSeatDraggedProperty() {
        return onSeatDragged;
    }

    public void setOnSeatDragged(BiConsumer<String, String> callback) {
        onSeatDragged.set(callback);
    }

    /** Called with (attendeeKey, seatId) when an {@link #ATTENDEE_FORMAT} drag is dropped on a seat. */
    public ObjectProperty<BiConsumer<String, String>> onExternalDropProperty() {
        return onExternalDrop;
    }

    public void setOnExternalDrop(BiConsumer<String, String> callback) {
        onExternalDrop.set(callback);
    }
}
