package org.huiwu.ui.control.seatmap;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Skin;

/**
 * A zoomable, pannable plan of seats: the seating editor and the tea-round board show their seats
 * through it. The control owns only display state: the {@link SeatTile}s and {@link PlanMarker}s a
 * screen maps from its domain, the view (zoom and pan), the selected seat, and callbacks for what
 * the user does with a seat. Its look is in {@code seat-map.css} (colour tokens on
 * {@code .seat-map}, seat states as pseudo-classes) and its nodes in {@link SeatMapSkin}.
 *
 * <p>Input: click, tap, Enter or Space activates a seat; right-click, the context-menu key or a
 * long press (600 ms) asks for its context menu; pressing on an occupied seat and dragging onto
 * another seat moves the occupant (when {@link #seatDraggingEnabledProperty() enabled}); a drag
 * carrying {@link #ATTENDEE_FORMAT} dropped on a seat assigns an attendee. The mouse wheel zooms
 * around the pointer, dragging on empty space pans; touch pinch zooms and touch scrolling pans.
 * Arrow keys move the selection to the nearest seat in that direction, {@code +}/{@code -} zoom
 * and {@code 0} fits the plan.
 *
 * The callbacks for what the user does with a seat are {@link SeatMapActions}'.
 *
 * <p>FX thread only, like every node.
 */
public class SeatMap extends SeatMapActions {

    private static final String STYLE_CLASS = "seat-map";

    private final ObservableList<SeatTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<PlanMarker> markers = FXCollections.observableArrayList();
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1) {
        @Override
        public void set(double value) {
            super.set(PlanViewport.clampZoom(value));
        }
    };
    private final DoubleProperty panX = new SimpleDoubleProperty(this, "panX");
    private final DoubleProperty panY = new SimpleDoubleProperty(this, "panY");
    private final ObjectProperty<String> selectedSeatId = new SimpleObjectProperty<>(this, "selectedSeatId");
    private final StringProperty viewpointCaption = new SimpleStringProperty(this, "viewpointCaption", "");
    private final BooleanProperty animationsEnabled = new SimpleBooleanProperty(this, "animationsEnabled", true);
    private final ObjectProperty<ViewRequest> viewRequest = new SimpleObjectProperty<>(this, "viewRequest");

    /** A view change asked for before or after the control has a size; the skin carries it out. */
    record ViewRequest(String centreSeatId) {
    }

    /** An empty seat map. */
    public SeatMap() {
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new SeatMapSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(SeatMap.class.getResource("seat-map.css")).toExternalForm();
    }

    /** Zooms and pans so the whole plan fits the control; done at the next layout if not yet shown. */
    public void fitToView() {
        viewRequest.set(null);
        viewRequest.set(new ViewRequest(null));
    }

    /** Centres the seat and zooms in until names are readable (find-a-person); ignored for unknown ids. */
    public void centerOn(String seatId) {
        viewRequest.set(null);
        viewRequest.set(new ViewRequest(Objects.requireNonNull(seatId, "seatId")));
    }

    /** The pending view request, read and cleared by the skin. */
    ObjectProperty<ViewRequest> viewRequestProperty() {
        return viewRequest;
    }

    /** The seats, in plan units; ids must be unique. Replace one seat with {@code set(i, tile)}. */
    public ObservableList<SeatTile> getTiles() {
        return tiles;
    }

    /** The doors, front, tables and labels drawn under the seats. */
    public ObservableList<PlanMarker> getMarkers() {
        return markers;
    }

    /** The scale, 1 = one plan unit is {@value PlanViewport#UNIT_PX} px; clamped to 0.1..8. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public double getZoom() {
        return zoom.get();
    }

    public void setZoom(double value) {
        zoom.set(value);
    }

    /** Where the plan origin appears, in pixels from the control's left edge. */
    public DoubleProperty panXProperty() {
        return panX;
    }

    /** Where the plan origin appears, in pixels from the control's top edge. */
    public DoubleProperty panYProperty() {
        return panY;
    }

    /** The current view as one value. */
    public PlanViewport getViewport() {
        return new PlanViewport(getZoom(), panX.get(), panY.get());
    }

    /** Sets zoom and pan at once. */
    public void setViewport(PlanViewport view) {
        zoom.set(view.zoom());
        panX.set(view.panX());
        panY.set(view.panY());
    }

    /** The seat with keyboard selection (shown as {@code :selected}), or null. */
    public ObjectProperty<String> selectedSeatIdProperty() {
        return selectedSeatId;
    }

    public String getSelectedSeatId() {
        return selectedSeatId.get();
    }

    public void setSelectedSeatId(String id) {
        selectedSeatId.set(id);
    }

    /** Localised text naming the viewpoint of the plan, drawn in the top-left corner; "" for none. */
    public StringProperty viewpointCaptionProperty() {
        return viewpointCaption;
    }

    public String getViewpointCaption() {
        return viewpointCaption.get();
    }

    public void setViewpointCaption(String caption) {
        viewpointCaption.set(caption);
    }

    /** Whether overdue seats pulse; off for users who want no motion. */
    public BooleanProperty animationsEnabledProperty() {
        return animationsEnabled;
    }

    public boolean isAnimationsEnabled() {
        return animationsEnabled.get();
    }

    public void setAnimationsEnabled(boolean enabled) {
        animationsEnabled.set(enabled);
    }
}
