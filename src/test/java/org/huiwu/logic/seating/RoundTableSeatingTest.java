package org.huiwu.logic.seating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.PartySeat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests of round tables (seating.md S14): positions start at the seat facing the door and go round
 * towards that seat's own left. Not thread-safe.
 */
class RoundTableSeatingTest {

    private final RoundTableSeating round = new RoundTableSeating();

    @ParameterizedTest(name = "{1} table of {0}: {2}")
    @CsvSource({
        "1,  GOVERNMENT,      1",
        "2,  GOVERNMENT,      1 2",
        "4,  GOVERNMENT,      1 2 4 3",
        "5,  GOVERNMENT,      1 2 4 5 3",
        "8,  GOVERNMENT,      1 2 4 6 8 7 5 3",
        "4,  FOREIGN_AFFAIRS, 1 3 4 2",
        "5,  FOREIGN_AFFAIRS, 1 3 5 4 2",
        "8,  FOREIGN_AFFAIRS, 1 3 5 7 8 6 4 2",
    })
    void seatFacingTheDoorIsFirstThenNearnessThenTheHonouredHand(int seats, Convention convention, String ranks) {
        assertThat(round.meetingRanks(seats, convention)).isEqualTo(Lines.of(ranks));
    }

    @Test
    void banquetOfTenPlacesHostsAndFourGuests() {
        List<PartySeat> table = round.banquet(10);
        assertThat(table).containsExactly(
                PartySeat.host(1), PartySeat.guest(2), PartySeat.OPEN, PartySeat.OPEN, PartySeat.guest(3),
                PartySeat.host(2), PartySeat.guest(4), PartySeat.OPEN, PartySeat.OPEN, PartySeat.guest(1));
    }

    @Test
    void banquetOfSixFillsEverySeat() {
        assertThat(round.banquet(6)).containsExactly(
                PartySeat.host(1), PartySeat.guest(2), PartySeat.guest(3),
                PartySeat.host(2), PartySeat.guest(4), PartySeat.guest(1));
    }

    @ParameterizedTest(name = "refuses a banquet table of {0}")
    @ValueSource(ints = {0, 5, 31})
    void refusesBanquetTablesThatCannotHoldThePrescribedSeats(int seats) {
        assertThatThrownBy(() -> round.banquet(seats)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 6 and 30");
    }

    @ParameterizedTest(name = "refuses a meeting table of {0}")
    @ValueSource(ints = {0, -2, 31, 100_000})
    void refusesAbsurdMeetingTables(int seats) {
        assertThatThrownBy(() -> round.meetingRanks(seats, Convention.GOVERNMENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Round table seats");
    }
}
