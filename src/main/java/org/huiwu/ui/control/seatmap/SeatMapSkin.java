package org.huiwu.ui.control.seatmap;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The look of a {@link SeatMap}: a clipped viewport holding one {@link Group} of markers and seats
 * that is moved and scaled by two transforms for pan and zoom, plus the viewpoint caption.
 *
 * <p>Rendering choice: one lightweight {@link SeatNode} (a styled face {@code Region} beside a few
 * {@code Text}s) per seat rather than a {@code Canvas}. Seat colours then come straight from the stylesheet's
 * tokens and pseudo-classes (themes and the tea board restyle without code), one seat's change
 * restyles one node, and zoom/pan change only the group's two transforms: no CSS or layout runs
 * while zooming or panning, and the renderer already skips nodes outside the clip, so no manual
 * culling is needed. The group is mouse-transparent and seats are found by a plan-space hit test
 * ({@link SeatMapNavigation#seatAt}), so thousands of nodes add nothing to picking. Text is hidden
 * by {@link DetailLevel} when zoomed out. A Canvas would redraw everything on every tick and need a
 * second path to read CSS colours; the measured cost of the node approach is in SeatMapBench.
 *
 * <p>FX thread only.
 */
public class SeatMapSkin extends SkinBase<SeatMap> {

    private static final double FIT_MARGIN = 24;
    private static final double REVEAL_MARGIN = 16;

    private final Pane viewport = new Pane();
    private final OverduePulse pulse = new OverduePulse();
    private final SeatLayer seats;
    private final MarkerLayer markers = new MarkerLayer();
    private final Label caption = new Label();
    private final Pane dragGhostHolder = new Pane();
    private final SeatMapGestures gestures;
    private final SeatMapKeyboard keyboard;
    private final ListChangeListener<SeatTile> tilesListener;

    /** Builds the nodes for the map's current tiles and markers and follows their changes. */
    public SeatMapSkin(SeatMap map) {
        super(map);
        DetailLevel level = DetailLevel.forZoom(map.getZoom());
        seats = new SeatLayer(pulse, level);
        tilesListener = seats::onChanged;
        Group plan = new Group(markers, seats);
        plan.setManaged(false);
        plan.setMouseTransparent(true);
        plan.getStyleClass().add("seat-map-plan");
        Translate pan = new Translate();
        pan.xProperty().bind(map.panXProperty());
        pan.yProperty().bind(map.panYProperty());
        Scale scale = new Scale();
        scale.xProperty().bind(map.zoomProperty());
        scale.yProperty().bind(map.zoomProperty());
        plan.getTransforms().addAll(pan, scale);

        caption.getStyleClass().add("seat-map-caption");
        caption.setManaged(false);
        caption.textProperty().bind(map.viewpointCaptionProperty());
        caption.visibleProperty().bind(Bindings.isNotEmpty(map.viewpointCaptionProperty()));
        caption.setMouseTransparent(true);
        caption.textProperty().addListener((obs, old, text) -> map.requestLayout());
        dragGhostHolder.setManaged(false);
        dragGhostHolder.setMouseTransparent(true);

        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        viewport.getStyleClass().add("seat-map-viewport");
        viewport.getChildren().addAll(plan, dragGhostHolder, caption);
        getChildren().add(viewport);

        seats.showAll(map.getTiles());
        seats.setSelected(map.getSelectedSeatId());
        markers.showAll(map.getMarkers(), level);
        map.getTiles().addListener(tilesListener);
        registerListChangeListener(map.getMarkers(),
                c -> markers.showAll(map.getMarkers(), DetailLevel.forZoom(map.getZoom())));
        registerChangeListener(map.zoomProperty(), o -> applyLevel());
        registerChangeListener(map.selectedSeatIdProperty(), o -> seats.setSelected(map.getSelectedSeatId()));
        registerChangeListener(map.viewRequestProperty(), o -> carryOutViewRequest());
        registerChangeListener(map.animationsEnabledProperty(), o -> refreshPulseAllowed());
        registerChangeListener(map.sceneProperty(), o -> refreshPulseAllowed());
        refreshPulseAllowed();
        gestures = new SeatMapGestures(map, this, viewport, dragGhostHolder);
        keyboard = new SeatMapKeyboard(map, this);
    }

    private void applyLevel() {
        DetailLevel level = DetailLevel.forZoom(getSkinnable().getZoom());
        seats.setLevel(level);
        markers.setLevel(level);
    }

    private void refreshPulseAllowed() {
        SeatMap map = getSkinnable();
        pulse.setAllowed(map.animationsEnabledProperty().get() && map.getScene() != null);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        viewport.resizeRelocate(x, y, w, h);
        caption.autosize();
        caption.relocate(10, 8);
        carryOutViewRequest();
    }

    /**
     * Fits or centres as the control asked, as soon as the viewport has a size: at once when it
     * has one, else at the first layout. Changes only zoom and pan, never asks for a layout.
     */
    private void carryOutViewRequest() {
        SeatMap.ViewRequest request = getSkinnable().viewRequestProperty().get();
        if (request == null || viewport.getWidth() <= 0 || viewport.getHeight() <= 0) {
            return;
        }
        getSkinnable().viewRequestProperty().set(null);
        if (request.centreSeatId() == null) {
            fit();
        } else {
            centreOn(request.centreSeatId());
        }
    }

    private void fit() {
        SeatMap map = getSkinnable();
        PlanArea area = PlanArea.enclosing(map.getTiles(), map.getMarkers());
        map.setViewport(PlanViewport.fit(area, viewport.getWidth(), viewport.getHeight(), FIT_MARGIN));
    }

    private void centreOn(String seatId) {
        SeatMap map = getSkinnable();
        SeatTile tile = SeatMapNavigation.find(map.getTiles(), seatId);
        if (tile != null) {
            map.setViewport(map.getViewport().centredOn(PlanArea.of(tile),
                    viewport.getWidth(), viewport.getHeight()));
        }
    }

    /** Pans just enough that the seat is fully visible. */
    void reveal(String seatId) {
        SeatMap map = getSkinnable();
        SeatTile tile = SeatMapNavigation.find(map.getTiles(), seatId);
        if (tile != null) {
            map.setViewport(map.getViewport().revealing(PlanArea.of(tile),
                    viewport.getWidth(), viewport.getHeight(), REVEAL_MARGIN));
        }
    }

    /** Zooms by a factor around the viewport centre. */
    void zoomAboutCentre(double factor) {
        SeatMap map = getSkinnable();
        map.setViewport(map.getViewport().zoomAbout(factor, viewport.getWidth() / 2, viewport.getHeight() / 2));
    }

    /** The seat under a viewport pixel, or null. */
    SeatTile seatAt(double viewportX, double viewportY) {
        PlanViewport view = getSkinnable().getViewport();
        return SeatMapNavigation.seatAt(getSkinnable().getTiles(), view.toPlanX(viewportX), view.toPlanY(viewportY));
    }

    /** Marks the seat a drag would drop on, or none. */
    void showDropHover(String seatId) {
        seats.setDropHover(seatId);
    }

    /** The node showing a seat, or null; for tests and the benchmark. */
    SeatNode seatNode(String seatId) {
        return seats.node(seatId);
    }

    /** Whether the overdue pulse is animating; for tests. */
    boolean isPulseRunning() {
        return pulse.isRunning();
    }

    @Override
    public void dispose() {
        pulse.stop();
        getSkinnable().getTiles().removeListener(tilesListener);
        gestures.dispose();
        keyboard.dispose();
        super.dispose();
    }
}
