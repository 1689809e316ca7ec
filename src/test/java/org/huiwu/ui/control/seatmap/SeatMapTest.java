package org.huiwu.ui.control.seatmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The control driven headless through TestFX: rendering and state pseudo-classes, in-place updates,
 * click, seat drag, pan, keys, fit, centring, context requests, external drops and 3,000 seats.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SeatMapTest {

    private SeatMap map;
    private final List<String> activated = new ArrayList<>();
    private final List<String> dragged = new ArrayList<>();
    private final List<String> contexts = new ArrayList<>();

    @Start
    void start(Stage stage) {
        map = new SeatMap();
        map.animationsEnabledProperty().set(true);
        map.getTiles().setAll(SeatMapSamples.podium(0, 0));
        map.onSeatActivatedProperty().set(activated::add);
        map.onSeatDraggedProperty().set((from, to) -> dragged.add(from + "->" + to));
        map.onSeatContextRequestedProperty().set((id, point) -> contexts.add(id));
        stage.setScene(new Scene(new StackPane(map), 900, 400));
        stage.show();
        map.fitToView();
    }

    @BeforeEach
    void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SeatMapSkin skin() {
        return (SeatMapSkin) map.getSkin();
    }

    private Map<String, SeatNode> nodes() {
        return map.lookupAll("." + SeatNode.STYLE_CLASS).stream().map(SeatNode.class::cast)
                .collect(Collectors.toMap(n -> n.tile().id(), Function.identity()));
    }

    private static boolean has(SeatNode node, SeatState state) {
        return node.face().getPseudoClassStates().contains(state.pseudoClass());
    }

    private void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void setStates(String id, SeatState... states) throws Exception {
        fx(() -> {
            List<SeatTile> tiles = map.getTiles();
            for (int i = 0; i < tiles.size(); i++) {
                if (tiles.get(i).id().equals(id)) {
                    tiles.set(i, tiles.get(i).withStates(states.length == 0
                            ? Set.of() : EnumSet.of(states[0], states)));
                }
            }
        });
    }

    @Test
    void aPodiumOfSevenRendersSevenSeatsWithTheirStates() throws Exception {
        setStates("p1", SeatState.OCCUPIED, SeatState.SERVED);
        setStates("p2", SeatState.OCCUPIED, SeatState.DUE_SOON);

        Map<String, SeatNode> nodes = nodes();
        assertThat(nodes).hasSize(7).containsKeys("p1", "p2", "p3", "p4", "p5", "p6", "p7");
        assertThat(has(nodes.get("p1"), SeatState.SERVED)).isTrue();
        assertThat(has(nodes.get("p1"), SeatState.DUE_SOON)).isFalse();
        assertThat(has(nodes.get("p2"), SeatState.DUE_SOON)).isTrue();
        assertThat(nodes.get("p3").face().getPseudoClassStates())
                .containsExactly(PseudoClass.getPseudoClass("occupied"));
    }

    @Test
    void changingOneTileTouchesOnlyThatSeatsNode() throws Exception {
        Map<String, SeatNode> before = nodes();

        setStates("p4", SeatState.OCCUPIED, SeatState.OVERDUE);

        Map<String, SeatNode> after = nodes();
        assertThat(after).hasSize(7);
        after.forEach((id, node) -> assertThat(node).isSameAs(before.get(id)));
        assertThat(has(after.get("p4"), SeatState.OVERDUE)).isTrue();
        assertThat(after.get("p5").tile()).isSameAs(before.get("p5").tile());
    }

    @Test
    void theOverduePulseRunsOnlyWhileASeatIsOverdue() throws Exception {
        assertThat(skin().isPulseRunning()).isFalse();
        setStates("p4", SeatState.OVERDUE);
        assertThat(skin().isPulseRunning()).isTrue();
        setStates("p4", SeatState.SERVED);
        assertThat(skin().isPulseRunning()).isFalse();
        setStates("p2", SeatState.OVERDUE);
        fx(() -> map.animationsEnabledProperty().set(false));
        assertThat(skin().isPulseRunning()).isFalse();
    }

    @Test
    void clickingASeatActivatesAndSelectsIt(FxRobot robot) {
        robot.clickOn(nodes().get("p3"));

        assertThat(activated).containsExactly("p3");
        assertThat(map.getSelectedSeatId()).isEqualTo("p3");
        assertThat(has(nodes().get("p3"), SeatState.SELECTED)).isTrue();
    }

    @Test
    void draggingOneSeatOntoAnotherReportsBoth(FxRobot robot) {
        Map<String, SeatNode> nodes = nodes();
        robot.drag(nodes.get("p1"), MouseButton.PRIMARY).dropTo(nodes.get("p6"));

        assertThat(dragged).containsExactly("p1->p6");
        assertThat(activated).isEmpty();
        assertThat(nodes().values()).noneMatch(n -> has(n, SeatState.DROP_TARGET));
    }

    @Test
    void draggingOnEmptySpacePansTheView(FxRobot robot) {
        double panX = map.panXProperty().get();
        Bounds b = map.localToScreen(map.getBoundsInLocal());
        robot.drag(new Point2D(b.getMinX() + 40, b.getMaxY() - 20), MouseButton.PRIMARY)
                .dropTo(new Point2D(b.getMinX() + 140, b.getMaxY() - 20));

        assertThat(map.panXProperty().get()).isCloseTo(panX + 100, within(2.0));
        assertThat(dragged).isEmpty();
    }

    @Test
    void arrowKeysMoveTheSelectionAndEnterActivates(FxRobot robot) throws Exception {
        fx(() -> {
            map.setSelectedSeatId("p1");
            map.requestFocus();
        });
        robot.type(KeyCode.RIGHT);
        assertThat(map.getSelectedSeatId()).isEqualTo("p2");
        robot.type(KeyCode.LEFT, 2);
        assertThat(map.getSelectedSeatId()).isEqualTo("p3");
        robot.type(KeyCode.ENTER);
        assertThat(activated).containsExactly("p3");
        assertThat(has(nodes().get("p3"), SeatState.SELECTED)).isTrue();
        assertThat(has(nodes().get("p1"), SeatState.SELECTED)).isFalse();
    }

    @Test
    void plusAndMinusZoomAndZeroFits(FxRobot robot) throws Exception {
        fx(map::requestFocus);
        double fitted = map.getZoom();
        robot.type(KeyCode.EQUALS);
        assertThat(map.getZoom()).isGreaterThan(fitted);
        robot.type(KeyCode.MINUS, 3);
        assertThat(map.getZoom()).isLessThan(fitted);
        robot.type(KeyCode.DIGIT0);
        assertThat(map.getZoom()).isCloseTo(fitted, within(1e-9));
    }

    @Test
    void fitToViewShowsEveryTileInsideTheControl() throws Exception {
        fx(() -> {
            map.setViewport(new PlanViewport(5, -3000, 200));
            map.getTiles().addAll(SeatMapSamples.audience(6, 10, 2));
            map.fitToView();
        });
        Bounds control = map.localToScene(map.getLayoutBounds());
        for (SeatNode node : nodes().values()) {
            Bounds seat = node.localToScene(node.getLayoutBounds());
            assertThat(control.contains(seat)).as(node.tile().id()).isTrue();
        }
        assertThat(nodes()).hasSize(67);
    }

    @Test
    void centerOnBringsAFarSeatIntoTheMiddle() throws Exception {
        fx(() -> {
            map.getTiles().add(SeatTile.empty("far", 200, 150, 1, 0.8, "far"));
            map.centerOn("far");
        });
        SeatNode far = nodes().get("far");
        Bounds seat = far.localToScene(far.getLayoutBounds());
        Bounds control = map.localToScene(map.getLayoutBounds());
        assertThat(seat.getCenterX()).isCloseTo(control.getCenterX(), within(1.0));
        assertThat(map.getZoom()).isGreaterThanOrEqualTo(PlanViewport.READING_ZOOM);
    }

    /** Monocle sends no context-menu event for a right click, so the test fires the one the platform would. */
    @Test
    void aContextMenuRequestOnASeatReportsIt() throws Exception {
        SeatNode p5 = nodes().get("p5");
        Bounds b = p5.localToScene(p5.getLayoutBounds());
        Bounds screen = p5.localToScreen(p5.getLayoutBounds());
        fx(() -> Event.fireEvent(p5, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                b.getCenterX(), b.getCenterY(), screen.getCenterX(), screen.getCenterY(), false, null)));

        assertThat(contexts).containsExactly("p5");
        assertThat(activated).isEmpty();
    }

    @Test
    void aLongPressAsksForTheContextMenuInsteadOfActivating(FxRobot robot) {
        robot.moveTo(nodes().get("p6")).press(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(contexts).as("a press asks for the menu only once it has lasted").isEmpty();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !contexts.isEmpty());
        } catch (TimeoutException e) {
            throw new AssertionError("a held press never asked for the context menu", e);
        } finally {
            robot.release(MouseButton.PRIMARY);
        }

        assertThat(contexts).containsExactly("p6");
        assertThat(activated).isEmpty();
    }

    /**
     * Monocle's drag-and-drop is not reliable, so the test fires the drag events the platform would,
     * with a dragboard from {@link TestDragboards}.
     */
    @Test
    void anAttendeeDroppedOnASeatIsReportedAndLockedSeatsRefuse() throws Exception {
        List<String> drops = new ArrayList<>();
        fx(() -> {
            map.onExternalDropProperty().set((key, seat) -> drops.add(key + "@" + seat));
            map.getTiles().set(0, map.getTiles().get(0).withLocked(true));
        });
        String lockedId = map.getTiles().get(0).id();
        Dragboard board = WaitForAsyncUtils.asyncFx(
                () -> TestDragboards.holding(SeatMap.ATTENDEE_FORMAT, "att-42")).get();

        fx(() -> fireDrag(nodes().get("p4"), DragEvent.DRAG_OVER, board));
        assertThat(has(nodes().get("p4"), SeatState.DROP_TARGET)).isTrue();
        fx(() -> fireDrag(nodes().get("p4"), DragEvent.DRAG_DROPPED, board));
        fx(() -> fireDrag(nodes().get(lockedId), DragEvent.DRAG_DROPPED, board));

        assertThat(drops).containsExactly("att-42@p4");
        assertThat(has(nodes().get("p4"), SeatState.DROP_TARGET)).isFalse();
    }

    private static void fireDrag(SeatNode target, EventType<DragEvent> type, Dragboard board) {
        Bounds scene = target.localToScene(target.getLayoutBounds());
        Bounds screen = target.localToScreen(target.getLayoutBounds());
        Event.fireEvent(target, new DragEvent(type, board, scene.getCenterX(), scene.getCenterY(),
                screen.getCenterX(), screen.getCenterY(), TransferMode.COPY, null, null, null));
    }

    @Test
    void removingATileRemovesOnlyItsNode() throws Exception {
        SeatNode p2 = nodes().get("p2");
        fx(() -> map.getTiles().removeIf(t -> t.id().equals("p7")));
        assertThat(nodes()).hasSize(6).doesNotContainKey("p7");
        assertThat(nodes().get("p2")).isSameAs(p2);
    }

    @Test
    void threeThousandTilesBuild() throws Exception {
        fx(() -> {
            map.getTiles().setAll(SeatMapSamples.hall(3000));
            map.fitToView();
        });
        assertThat(nodes()).hasSize(3000);
        assertThat(map.getZoom()).isBetween(PlanViewport.MIN_ZOOM, 1.0);
    }
}
