package org.huiwu.logic.seating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.huiwu.model.Side;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.SeatingVariant;
import org.huiwu.model.seating.TableOrientation;
import org.huiwu.model.seating.TablePosition;
import org.huiwu.model.seating.TableSide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests of long-table talks seating against seating.md §5 (T1, T1'/V4, T2). Not thread-safe. */
class TalksSeatingTest {

    private final TalksSeating talks = new TalksSeating();

    @ParameterizedTest(name = "{0}, V4={1}: guests {2}, hosts {3}")
    @CsvSource({
        "ACROSS_DOOR,    false, FACING_DOOR,     BACK_TO_DOOR",
        "ACROSS_DOOR,    true,  BACK_TO_DOOR,    FACING_DOOR",
        "END_ON_TO_DOOR, false, RIGHT_FROM_DOOR, LEFT_FROM_DOOR",
        "END_ON_TO_DOOR, true,  RIGHT_FROM_DOOR, LEFT_FROM_DOOR",
    })
    void placesEachPartyOnTheSideTheRulesGive(TableOrientation orientation, boolean hostFacesDoor,
            TablePosition guests, TablePosition hosts) {
        Set<SeatingVariant> variants = hostFacesDoor ? Set.of(SeatingVariant.fromCode("V4")) : Set.of();
        List<TableSide> sides = talks.seat(orientation, 3, 3, Convention.GOVERNMENT, variants);
        assertThat(sides).extracting(TableSide::party).containsExactly(Side.GUEST, Side.HOST);
        assertThat(sides).extracting(TableSide::position).containsExactly(guests, hosts);
    }

    @Test
    void suggestedDomesticVectorGivesFourTwoOneThreeFiveOnEachSide() {
        List<TableSide> sides = talks.seat(TableOrientation.ACROSS_DOOR, 5, 5, Convention.GOVERNMENT, Set.of());
        assertThat(sides).extracting(TableSide::ranks).containsOnly(Lines.of("4 2 1 3 5"));
    }

    @Test
    void foreignAffairsAlternatesRightThenLeft() {
        List<TableSide> sides = talks.seat(TableOrientation.ACROSS_DOOR, 5, 5, Convention.FOREIGN_AFFAIRS, Set.of());
        assertThat(sides).extracting(TableSide::ranks).containsOnly(Lines.of("5 3 1 2 4"));
    }

    @Test
    void sidesMayDifferInSize() {
        List<TableSide> sides = talks.seat(TableOrientation.END_ON_TO_DOOR, 2, 4, Convention.GOVERNMENT, Set.of());
        assertThat(sides.get(0).ranks()).isEqualTo(Lines.of("4 2 1 3"));
        assertThat(sides.get(1).ranks()).isEqualTo(Lines.of("2 1"));
    }

    @ParameterizedTest(name = "refuses {0} seats per side")
    @ValueSource(ints = {0, -3, 51, 100_000})
    void refusesAbsurdSideSizes(int seats) {
        assertThatThrownBy(() -> talks.seat(TableOrientation.ACROSS_DOOR, seats, 3, Convention.GOVERNMENT, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Host seats");
        assertThatThrownBy(() -> talks.seat(TableOrientation.ACROSS_DOOR, 3, seats, Convention.GOVERNMENT, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Guest seats");
    }
}
