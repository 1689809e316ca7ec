package org.huiwu.ui.control.seatmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Zoom clamping, fit, zoom about a point, centring and revealing: pure maths, no toolkit. */
class PlanViewportTest {

    private static final double U = PlanViewport.UNIT_PX;

    @ParameterizedTest
    @CsvSource({"0.01, 0.1", "0.1, 0.1", "1, 1", "8, 8", "20, 8", "-3, 0.1"})
    void zoomIsClampedIntoRange(double asked, double expected) {
        assertThat(PlanViewport.clampZoom(asked)).isEqualTo(expected);
        assertThat(new PlanViewport(asked, 0, 0).zoom()).isEqualTo(expected);
    }

    @Test
    void notANumberZoomBecomesOne() {
        assertThat(PlanViewport.clampZoom(Double.NaN)).isEqualTo(1);
    }

    @Test
    void fitCentresTheWholeAreaInsideTheMargins() {
        PlanArea area = new PlanArea(2, 1, 10, 5);
        PlanViewport view = PlanViewport.fit(area, 1000, 600, 20);

        assertThat(view.zoom()).isCloseTo(960 / (10 * U), within(1e-9));
        assertThat(view.toScreenX(2)).isCloseTo(20, within(1e-9));
        assertThat(view.toScreenX(12)).isCloseTo(980, within(1e-9));
        double top = view.toScreenY(1);
        double bottom = view.toScreenY(6);
        assertThat(top).isGreaterThanOrEqualTo(20);
        assertThat(bottom).isLessThanOrEqualTo(580);
        assertThat((top + bottom) / 2).isCloseTo(300, within(1e-9));
    }

    @Test
    void fitOfATallPlanIsLimitedByHeight() {
        PlanViewport view = PlanViewport.fit(new PlanArea(0, 0, 2, 10), 1000, 600, 0);
        assertThat(view.zoom()).isCloseTo(600 / (10 * U), within(1e-9));
        assertThat(view.toScreenX(1)).isCloseTo(500, within(1e-9));
    }

    @Test
    void fitOfAHugePlanStopsAtTheMinimumZoom() {
        PlanViewport view = PlanViewport.fit(new PlanArea(0, 0, 10_000, 10), 800, 600, 0);
        assertThat(view.zoom()).isEqualTo(PlanViewport.MIN_ZOOM);
    }

    @Test
    void fitOfNothingIsAPlainView() {
        PlanViewport view = PlanViewport.fit(PlanArea.enclosing(List.of(), List.of()), 800, 600, 10);
        assertThat(view.zoom()).isEqualTo(1);
    }

    @Test
    void zoomAboutKeepsThePointUnderThePointer() {
        PlanViewport view = new PlanViewport(1, 30, -40);
        double planX = view.toPlanX(400);
        double planY = view.toPlanY(250);

        PlanViewport zoomed = view.zoomAbout(1.5, 400, 250);

        assertThat(zoomed.zoom()).isCloseTo(1.5, within(1e-9));
        assertThat(zoomed.toScreenX(planX)).isCloseTo(400, within(1e-9));
        assertThat(zoomed.toScreenY(planY)).isCloseTo(250, within(1e-9));
    }

    @Test
    void zoomAboutAtTheLimitDoesNotMove() {
        PlanViewport view = new PlanViewport(8, 30, 40);
        assertThat(view.zoomAbout(2, 300, 300)).isEqualTo(view);
    }

    @Test
    void centringZoomsInToReadingSizeAndPutsTheSeatInTheMiddle() {
        PlanViewport view = new PlanViewport(0.2, 0, 0);
        PlanViewport centred = view.centredOn(new PlanArea(40, 30, 1, 0.8), 1000, 600);

        assertThat(centred.zoom()).isEqualTo(PlanViewport.READING_ZOOM);
        assertThat(centred.toScreenX(40.5)).isCloseTo(500, within(1e-9));
        assertThat(centred.toScreenY(30.4)).isCloseTo(300, within(1e-9));
    }

    @Test
    void centringKeepsAHigherZoom() {
        assertThat(new PlanViewport(3, 0, 0).centredOn(new PlanArea(1, 1, 1, 1), 1000, 600).zoom())
                .isEqualTo(3);
    }

    @Test
    void revealingAVisibleSeatChangesNothing() {
        PlanViewport view = new PlanViewport(1, 0, 0);
        assertThat(view.revealing(new PlanArea(2, 2, 1, 1), 800, 600, 10)).isSameAs(view);
    }

    @Test
    void revealingASeatOffToTheRightPansJustEnough() {
        PlanViewport view = new PlanViewport(1, 0, 0);
        PlanViewport moved = view.revealing(new PlanArea(20, 2, 1, 1), 800, 600, 10);

        assertThat(moved.zoom()).isEqualTo(1);
        assertThat(moved.toScreenX(21)).isCloseTo(790, within(1e-9));
        assertThat(moved.panY()).isEqualTo(0);
    }

    @Test
    void screenAndPlanCoordinatesAreInverse() {
        PlanViewport view = new PlanViewport(0.75, 12, -7);
        assertThat(view.toPlanX(view.toScreenX(3.25))).isCloseTo(3.25, within(1e-12));
        assertThat(view.toPlanY(view.toScreenY(-1.5))).isCloseTo(-1.5, within(1e-12));
    }

    @Test
    void enclosingAreaCoversTilesAndMarkers() {
        PlanArea area = PlanArea.enclosing(
                List.of(SeatTile.empty("a", 1, 2, 1, 1, "a"), SeatTile.empty("b", 5, 3, 1, 1, "b")),
                List.of(new PlanMarker(PlanMarker.Kind.DOOR, -1, 8, 1, 0.5, "")));
        assertThat(area).isEqualTo(new PlanArea(-1, 2, 7, 6.5));
    }
}
