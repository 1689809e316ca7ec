package org.huiwu.logic.seating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.PartySeat;
import org.huiwu.model.seating.Viewpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests of the reception semicircle and the signing table against seating.md §6. Not thread-safe. */
class ReceptionAndSigningSeatingTest {

    private final ReceptionSeating reception = new ReceptionSeating();
    private final SigningSeating signing = new SigningSeating();

    @Test
    void foreignAffairsPutsTheChiefGuestOnTheHostsRight() {
        assertThat(reception.seat(3, 2, Convention.FOREIGN_AFFAIRS, Viewpoint.PODIUM)).containsExactly(
                PartySeat.host(3), PartySeat.host(2), PartySeat.host(1), PartySeat.guest(1), PartySeat.guest(2));
    }

    @Test
    void fromTheDoorTheHostSideIsOnTheRightInForeignAffairs() {
        List<PartySeat> fromDoor = reception.seat(3, 2, Convention.FOREIGN_AFFAIRS, Viewpoint.AUDIENCE);
        assertThat(fromDoor).containsExactly(
                PartySeat.guest(2), PartySeat.guest(1), PartySeat.host(1), PartySeat.host(2), PartySeat.host(3));
    }

    @Test
    void governmentConventionPutsTheVisitingSuperiorOnTheHostsLeft() {
        assertThat(reception.seat(2, 2, Convention.GOVERNMENT, Viewpoint.PODIUM)).containsExactly(
                PartySeat.guest(2), PartySeat.guest(1), PartySeat.host(1), PartySeat.host(2));
    }

    @ParameterizedTest(name = "refuses a party of {0}")
    @ValueSource(ints = {0, -1, 51})
    void refusesAbsurdPartySizes(int size) {
        assertThatThrownBy(() -> reception.seat(size, 2, Convention.GOVERNMENT, Viewpoint.PODIUM))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Host party");
        assertThatThrownBy(() -> reception.seat(2, size, Convention.GOVERNMENT, Viewpoint.PODIUM))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Guest party");
    }

    @Test
    void hostSignerSitsOnTheLeftAsTheSignersSeeIt() {
        assertThat(signing.signers(Viewpoint.PODIUM)).containsExactly(PartySeat.host(1), PartySeat.guest(1));
        assertThat(signing.signers(Viewpoint.AUDIENCE)).containsExactly(PartySeat.guest(1), PartySeat.host(1));
    }

    @Test
    void partySeatRefusesARankThatDoesNotFitItsParty() {
        assertThatThrownBy(() -> PartySeat.host(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartySeat(org.huiwu.model.Side.NONE, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
