package org.huiwu.logic.seating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.PodiumRules;
import org.huiwu.model.seating.RankedRows;
import org.huiwu.model.seating.RowNumbering;
import org.huiwu.model.seating.SeatingVariant;
import org.huiwu.model.seating.Viewpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Table tests of the podium against every vector of seating.md §2 and §3. Not thread-safe. */
class PodiumSeatingTest {

    private final PodiumSeating podium = new PodiumSeating();

    private List<Integer> line(int seats, PodiumRules rules, Viewpoint viewpoint) {
        RankedRows ranked = podium.singleRow(seats, rules, viewpoint);
        assertThat(ranked.viewpoint()).isEqualTo(viewpoint);
        assertThat(ranked.rows()).hasSize(1);
        return ranked.row(0);
    }

    @ParameterizedTest(name = "R-POD N={0}: AUD {1} / POD {2}")
    @CsvSource({
        "1, 1,                 1",
        "2, 1 2,               2 1",
        "3, 3 1 2,             2 1 3",
        "4, 3 1 2 4,           4 2 1 3",
        "5, 5 3 1 2 4,         4 2 1 3 5",
        "6, 5 3 1 2 4 6,       6 4 2 1 3 5",
        "7, 7 5 3 1 2 4 6,     6 4 2 1 3 5 7",
        "8, 7 5 3 1 2 4 6 8,   8 6 4 2 1 3 5 7",
        "9, 9 7 5 3 1 2 4 6 8, 8 6 4 2 1 3 5 7 9",
    })
    void governmentConventionReproducesEveryConsolidatedVector(int seats, String audience, String fromPodium) {
        assertThat(line(seats, PodiumRules.standard(), Viewpoint.AUDIENCE)).isEqualTo(Lines.of(audience));
        assertThat(line(seats, PodiumRules.standard(), Viewpoint.PODIUM)).isEqualTo(Lines.of(fromPodium));
    }

    @ParameterizedTest(name = "V5 foreign affairs N={0}: AUD {1}")
    @CsvSource({
        "1, 1",
        "2, 2 1",
        "3, 2 1 3",
        "6, 6 4 2 1 3 5",
        "7, 6 4 2 1 3 5 7",
        "8, 8 6 4 2 1 3 5 7",
        "9, 8 6 4 2 1 3 5 7 9",
    })
    void foreignAffairsConventionMirrorsTheMainstreamLine(int seats, String audience) {
        PodiumRules foreign = PodiumRules.standard().withConvention(Convention.FOREIGN_AFFAIRS);
        assertThat(line(seats, foreign, Viewpoint.AUDIENCE)).isEqualTo(Lines.of(audience));
        assertThat(line(seats, foreign, Viewpoint.PODIUM)).isEqualTo(Lines.reversed(audience));
    }

    @ParameterizedTest(name = "V1 N={0}: AUD {1}")
    @CsvSource({
        "2, 2 1",
        "4, 4 2 1 3",
        "6, 6 4 2 1 3 5",
        "8, 8 6 4 2 1 3 5 7",
        "3, 3 1 2",
        "7, 7 5 3 1 2 4 6",
    })
    void variantV1MirrorsEvenRowsOnlyAndMatchesTheDigest(int seats, String audience) {
        PodiumRules v1 = PodiumRules.standard().withVariants(Set.of(SeatingVariant.fromCode("V1")));
        assertThat(line(seats, v1, Viewpoint.AUDIENCE)).isEqualTo(Lines.of(audience));
    }

    @ParameterizedTest(name = "V2 N={0}: AUD {1}")
    @CsvSource({
        "2, 2 1",
        "1, 1",
        "4, 3 1 2 4",
        "7, 7 5 3 1 2 4 6",
    })
    void variantV2ChangesOnlyTheTwoSeatRow(int seats, String audience) {
        PodiumRules v2 = PodiumRules.standard().withVariants(Set.of(SeatingVariant.fromCode("v2")));
        assertThat(line(seats, v2, Viewpoint.AUDIENCE)).isEqualTo(Lines.of(audience));
    }

    @Test
    void variantsV1AndV2TogetherFlipTheTwoSeatRowOnce() {
        PodiumRules both = PodiumRules.standard().withVariants(Set.of(
                SeatingVariant.EVEN_ROW_NUMBER_ONE_ON_LEADERS_LEFT,
                SeatingVariant.TWO_LEADERS_NUMBER_ONE_ON_LEADERS_LEFT));
        assertThat(line(2, both, Viewpoint.AUDIENCE)).isEqualTo(Lines.of("2 1"));
    }

    @Test
    void variantV4DoesNotChangeThePodium() {
        PodiumRules v4 = PodiumRules.standard().withVariants(Set.of(SeatingVariant.HOST_FACES_DOOR));
        assertThat(line(8, v4, Viewpoint.AUDIENCE)).isEqualTo(Lines.of("7 5 3 1 2 4 6 8"));
    }

    @Test
    void sourceS7SevenLineIsThePodiumViewNotTheAudienceView() {
        List<Integer> printedByS7 = Lines.of("6 4 2 1 3 5 7");
        assertThat(line(7, PodiumRules.standard(), Viewpoint.PODIUM)).isEqualTo(printedByS7);
        assertThat(line(7, PodiumRules.standard(), Viewpoint.AUDIENCE)).isNotEqualTo(printedByS7);
        assertThat(line(6, PodiumRules.standard(), Viewpoint.AUDIENCE)).isEqualTo(Lines.of("5 3 1 2 4 6"));
    }

    @ParameterizedTest(name = "quick checks hold for N={0}")
    @ValueSource(ints = {2, 3, 10, 11, 54, 199, 200})
    void quickChecksOfSectionTwoHoldForLargerRows(int seats) {
        List<Integer> audience = line(seats, PodiumRules.standard(), Viewpoint.AUDIENCE);
        int one = audience.indexOf(1);
        assertThat(audience.get(one + 1)).isEqualTo(2);
        assertThat(one + 1).isEqualTo(seats % 2 == 1 ? (seats + 1) / 2 : seats / 2);
        assertThat(audience.get(0)).isEqualTo(seats % 2 == 1 ? seats : seats - 1);
        assertThat(audience.get(seats - 1)).isEqualTo(seats % 2 == 0 ? seats : seats - 1);
        assertThat(audience).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, seats).boxed().toList());
        List<Integer> fromPodium = line(seats, PodiumRules.standard(), Viewpoint.PODIUM);
        assertThat(fromPodium.get(fromPodium.indexOf(1) - 1)).isEqualTo(2);
    }

    @Test
    void multiRowNumbersTheFrontRowFirstThenContinues() {
        RankedRows rows = podium.rows(List.of(5, 7), PodiumRules.standard(), Viewpoint.AUDIENCE);
        assertThat(rows.rows()).containsExactly(Lines.of("5 3 1 2 4"), Lines.of("12 10 8 6 7 9 11"));
        assertThat(rows.seatCount()).isEqualTo(12);
    }

    @Test
    void multiRowFromThePodiumReversesEachRowButKeepsFrontRowFirst() {
        RankedRows rows = podium.rows(List.of(5, 7), PodiumRules.standard(), Viewpoint.PODIUM);
        assertThat(rows.rows()).containsExactly(Lines.of("4 2 1 3 5"), Lines.of("11 9 7 6 8 10 12"));
    }

    @Test
    void multiRowCanRestartNumberingOnEachRow() {
        PodiumRules restart = PodiumRules.standard().withRowNumbering(RowNumbering.RESTART_EACH_ROW);
        RankedRows rows = podium.rows(List.of(8, 7), restart, Viewpoint.AUDIENCE);
        assertThat(rows.rows()).containsExactly(Lines.of("7 5 3 1 2 4 6 8"), Lines.of("7 5 3 1 2 4 6"));
    }

    @Test
    void multiRowAppliesVariantsAndConventionToEveryRow() {
        PodiumRules rules = PodiumRules.standard().withVariants(Set.of(SeatingVariant.EVEN_ROW_NUMBER_ONE_ON_LEADERS_LEFT));
        assertThat(podium.rows(List.of(3, 4), rules, Viewpoint.AUDIENCE).rows())
                .containsExactly(Lines.of("3 1 2"), Lines.of("7 5 4 6"));
        PodiumRules foreign = PodiumRules.standard().withConvention(Convention.FOREIGN_AFFAIRS);
        assertThat(podium.rows(List.of(3, 4), foreign, Viewpoint.AUDIENCE).rows())
                .containsExactly(Lines.of("2 1 3"), Lines.of("7 5 4 6"));
    }

    @ParameterizedTest(name = "refuses {0} seats")
    @ValueSource(ints = {0, -1, 201, 100_000, Integer.MIN_VALUE})
    void refusesAbsurdRowSizesWithAClearMessage(int seats) {
        assertThatThrownBy(() -> podium.singleRow(seats, PodiumRules.standard(), Viewpoint.AUDIENCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 1 and 200")
                .hasMessageContaining(String.valueOf(seats));
    }

    @Test
    void refusesNoRowsAndTooManyRows() {
        assertThatThrownBy(() -> podium.rows(List.of(), PodiumRules.standard(), Viewpoint.AUDIENCE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Number of rows");
        List<Integer> tooMany = IntStream.range(0, PodiumSeating.MAX_ROWS + 1).mapToObj(i -> 3).toList();
        assertThatThrownBy(() -> podium.rows(tooMany, PodiumRules.standard(), Viewpoint.AUDIENCE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> podium.rows(List.of(5, 0), PodiumRules.standard(), Viewpoint.AUDIENCE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 2");
    }

    @Test
    void namesTheLimitTheRowAndTheValueRefused() {
        assertThatThrownBy(() -> podium.rows(List.of(5, 201), PodiumRules.standard(), Viewpoint.AUDIENCE))
                .isInstanceOfSatisfying(SeatLimitException.class, refused -> {
                    assertThat(refused.limit()).isEqualTo(SeatLimitException.Limit.SEATS_IN_ROW);
                    assertThat(List.of(refused.row(), refused.value(), refused.lowest(), refused.highest()))
                            .containsExactly(2, 201, 1, PodiumSeating.MAX_SEATS_PER_ROW);
                });
        List<Integer> tooMany = IntStream.range(0, PodiumSeating.MAX_ROWS + 1).mapToObj(i -> 3).toList();
        assertThatThrownBy(() -> podium.rows(tooMany, PodiumRules.standard(), Viewpoint.AUDIENCE))
                .isInstanceOfSatisfying(SeatLimitException.class, refused -> {
                    assertThat(refused.limit()).isEqualTo(SeatLimitException.Limit.ROWS);
                    assertThat(List.of(refused.row(), refused.value(), refused.highest()))
                            .containsExactly(0, PodiumSeating.MAX_ROWS + 1, PodiumSeating.MAX_ROWS);
                });
    }

    @Test
    void ranksThreeThousandSeatsOnceEach() {
        List<Integer> fifteenRows = IntStream.range(0, 15).mapToObj(i -> 200).toList();
        RankedRows rows = podium.rows(fifteenRows, PodiumRules.standard(), Viewpoint.AUDIENCE);
        assertThat(rows.seatCount()).isEqualTo(3000);
        assertThat(rows.rows().stream().flatMap(List::stream)).doesNotHaveDuplicates().hasSize(3000);
    }
}
