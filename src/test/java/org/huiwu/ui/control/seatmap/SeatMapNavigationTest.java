package org.huiwu.ui.control.seatmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.huiwu.ui.control.seatmap.SeatMapNavigation.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Arrow-key moves, hit testing, detail levels and state names: pure, no toolkit. */
class SeatMapNavigationTest {

    /** Three rows of four seats, ids r{row}c{col}; row 1 is shifted by half a seat. */
    private static List<SeatTile> hall() {
        List<SeatTile> tiles = new ArrayList<>();
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 4; col++) {
                double x = col * 1.2 + (row == 1 ? 0.5 : 0);
                tiles.add(SeatTile.empty("r" + row + "c" + col, x, row * 1.1, 1, 0.8, ""));
            }
        }
        return tiles;
    }

    @ParameterizedTest
    @CsvSource({
        "r1c1, RIGHT, r1c2", "r1c1, LEFT, r1c0", "r1c1, UP, r0c1", "r1c1, DOWN, r2c1",
        "r0c0, DOWN, r1c0", "r2c3, UP, r1c3", "r0c3, RIGHT, ", "r0c0, UP, ", "r2c0, LEFT, "})
    void arrowsMoveToTheNearestSeatInThatDirection(String from, Direction direction, String expected) {
        assertThat(SeatMapNavigation.next(hall(), from, direction).orElse(null)).isEqualTo(expected);
    }

    @Test
    void sameRowWinsOverANearerSeatOffToTheSide() {
        List<SeatTile> tiles = List.of(
                SeatTile.empty("here", 0, 0, 1, 1, ""),
                SeatTile.empty("row", 4, 0, 1, 1, ""),
                SeatTile.empty("diagonal", 1.5, 1.5, 1, 1, ""));
        assertThat(SeatMapNavigation.next(tiles, "here", Direction.RIGHT)).contains("row");
    }

    @Test
    void withoutASelectionTheTopLeftSeatIsChosen() {
        assertThat(SeatMapNavigation.next(hall(), null, Direction.DOWN)).contains("r0c0");
        assertThat(SeatMapNavigation.next(hall(), "unknown", Direction.LEFT)).contains("r0c0");
        assertThat(SeatMapNavigation.next(List.of(), null, Direction.LEFT)).isEmpty();
    }

    @Test
    void hitTestFindsTheSeatUnderAPoint() {
        List<SeatTile> tiles = hall();
        assertThat(SeatMapNavigation.seatAt(tiles, 1.3, 0.1).id()).isEqualTo("r0c1");
        assertThat(SeatMapNavigation.seatAt(tiles, 1.1, 0.1)).isNull();
        assertThat(SeatMapNavigation.seatAt(tiles, 0.6, 1.2).id()).isEqualTo("r1c0");
        assertThat(SeatMapNavigation.seatAt(tiles, -1, -1)).isNull();
    }

    @Test
    void detailGrowsWithZoom() {
        assertThat(DetailLevel.forZoom(0.1)).isEqualTo(DetailLevel.BLOCKS);
        assertThat(DetailLevel.forZoom(0.5)).isEqualTo(DetailLevel.NAMES);
        assertThat(DetailLevel.forZoom(1)).isEqualTo(DetailLevel.FULL);
        assertThat(DetailLevel.forZoom(2)).isEqualTo(DetailLevel.DETAILED);
    }

    @Test
    void seatStatesAreKebabCasePseudoClasses() {
        assertThat(SeatState.DUE_SOON.cssName()).isEqualTo("due-soon");
        assertThat(SeatState.DO_NOT_DISTURB.pseudoClass().getPseudoClassName()).isEqualTo("do-not-disturb");
        assertThat(PlanMarker.Kind.TABLE_ROUND.styleClass()).isEqualTo("plan-marker-table-round");
    }
}
