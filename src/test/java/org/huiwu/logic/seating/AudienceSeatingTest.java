package org.huiwu.logic.seating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.huiwu.model.seating.AudienceFill;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.RankedRows;
import org.huiwu.model.seating.Viewpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests of audience seat ranking: front before back, centre before sides, hand by convention. Not thread-safe. */
class AudienceSeatingTest {

    private final AudienceSeating audience = new AudienceSeating();

    @ParameterizedTest(name = "{1} row of {0}: AUD {2}")
    @CsvSource({
        "1, GOVERNMENT,      1",
        "4, GOVERNMENT,      4 2 1 3",
        "7, GOVERNMENT,      6 4 2 1 3 5 7",
        "8, GOVERNMENT,      8 6 4 2 1 3 5 7",
        "4, FOREIGN_AFFAIRS, 3 1 2 4",
        "7, FOREIGN_AFFAIRS, 7 5 3 1 2 4 6",
    })
    void oneRowRunsCentreOutwardWithTheSeatedPersonsHonouredHandFirst(int seats, Convention convention, String line) {
        RankedRows rows = audience.rank(List.of(seats), convention, AudienceFill.ROWS_FRONT_TO_BACK, Viewpoint.AUDIENCE);
        assertThat(rows.row(0)).isEqualTo(Lines.of(line));
        RankedRows fromPodium = audience.rank(List.of(seats), convention, AudienceFill.ROWS_FRONT_TO_BACK, Viewpoint.PODIUM);
        assertThat(fromPodium.row(0)).isEqualTo(Lines.reversed(line));
    }

    @Test
    void frontRowsOutrankBackRows() {
        RankedRows rows = audience.rank(List.of(3, 5, 4), Convention.GOVERNMENT, AudienceFill.ROWS_FRONT_TO_BACK,
                Viewpoint.AUDIENCE);
        assertThat(rows.rows()).containsExactly(Lines.of("2 1 3"), Lines.of("7 5 4 6 8"), Lines.of("12 10 9 11"));
    }

    @Test
    void columnFillRunsLeftToRightFacingThePodiumEachColumnFrontToBack() {
        RankedRows rows = audience.rank(List.of(3, 2, 3), Convention.GOVERNMENT, AudienceFill.COLUMNS_LEFT_TO_RIGHT,
                Viewpoint.AUDIENCE);
        assertThat(rows.rows()).containsExactly(Lines.of("1 4 7"), Lines.of("2 5"), Lines.of("3 6 8"));
        RankedRows fromPodium = audience.rank(List.of(3, 2, 3), Convention.GOVERNMENT,
                AudienceFill.COLUMNS_LEFT_TO_RIGHT, Viewpoint.PODIUM);
        assertThat(fromPodium.rows()).containsExactly(Lines.of("7 4 1"), Lines.of("5 2"), Lines.of("8 6 3"));
    }

    @Test
    void refusesEmptyAndAbsurdHalls() {
        assertThatThrownBy(() -> audience.rank(List.of(), Convention.GOVERNMENT, AudienceFill.ROWS_FRONT_TO_BACK,
                Viewpoint.AUDIENCE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> audience.rank(List.of(10, 100_000), Convention.GOVERNMENT,
                AudienceFill.ROWS_FRONT_TO_BACK, Viewpoint.AUDIENCE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 2");
    }

    @Test
    void ranksThreeThousandSeatsOnceEach() {
        List<Integer> hall = IntStream.range(0, 30).mapToObj(i -> 100).toList();
        for (AudienceFill fill : AudienceFill.values()) {
            RankedRows rows = audience.rank(hall, Convention.GOVERNMENT, fill, Viewpoint.AUDIENCE);
            assertThat(rows.rows().stream().flatMap(List::stream))
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 3000).boxed().toList());
        }
    }
}
