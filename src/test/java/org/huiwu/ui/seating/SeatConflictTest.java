package org.huiwu.ui.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two laptops arrange the sample meeting's seats from the same read (decision 0031): a step whose seat the other
 * laptop changed first is refused whole, the plan shows what is stored and the message names the seat and who sits
 * there now; a step on other seats stands beside theirs; an auto-assign made from a stale read is refused too; the
 * other laptop's step shows on the next live poll (a {@code SEATING} row of the change feed). Real
 * H2; the other laptop is a second {@link AppContext} on the same folder.
 */
class SeatConflictTest {

    @TempDir
    Path dataDir;

    private ViewModelFixture fixture;
    private SeatingViewModel model;
    private SeatingCommands commands;

    @BeforeEach
    void openSample() {
        fixture = new ViewModelFixture(dataDir);
        SampleSeating seating = SampleSeating.open(fixture);
        model = seating.model();
        commands = seating.commands();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aDragOntoASeatTheOtherLaptopChangedIsRefusedAndTheSeatAndItsOccupantNamed() {
        List<PlannedSeat> podium = podium();
        theOtherLaptopSwaps(podium.get(0).key(), podium.get(2).key());

        commands.swapSeats(podium.get(0).key(), podium.get(1).key());

        assertThat(fixture.dialogs.information()).hasSize(1);
        String message = fixture.dialogs.information().get(0).message();
        assertThat(message).contains("张志强").contains("not saved");
        assertThat(model.assignments()).isEqualTo(stored());
        assertThat(name(podium.get(0))).isEqualTo("张志强");
        assertThat(name(podium.get(1))).isEqualTo("李文华");
    }

    @Test
    void aStepOnOtherSeatsStandsBesideTheirs() {
        List<PlannedSeat> podium = podium();
        theOtherLaptopSwaps(podium.get(0).key(), podium.get(1).key());

        commands.swapSeats(podium.get(4).key(), podium.get(5).key());

        assertThat(fixture.dialogs.information()).isEmpty();
        SeatAssignments stored = stored();
        assertThat(stored.occupantOf(podium.get(0).key())).contains(person("李文华"));
        assertThat(stored.occupantOf(podium.get(4).key())).contains(person("赵明"));
        assertThat(model.assignments()).isEqualTo(stored);
    }

    @Test
    void anAutoAssignFromAStaleReadIsRefusedWhenAPersonItSeatsWasSeatedElsewhere() {
        commands.clearBlock(podium().get(0).blockId());
        String free = model.seats().stream().filter(s -> s.blockKind() != BlockKind.PODIUM)
                .filter(s -> model.assignments().occupantOf(s.key()).isEmpty()).reduce((a, b) -> b).orElseThrow().key();
        UUID wang = person("王建国");
        try (AppContext other = AppContext.open(dataDir, ViewModelFixture.CLOCK)) {
            SeatAssignments read = other.seatPlans().assignments(plan().id());
            assertThat(other.seatPlans().saveAssignmentsOver(plan().id(), read,
                    other.seatingPlanner().place(read, wang, free)).saved()).isTrue();
        }

        commands.autoAssign();

        assertThat(fixture.dialogs.information()).hasSize(1);
        assertThat(stored().seatOf(wang)).contains(free);
        assertThat(model.assignments()).isEqualTo(stored());
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void aStepOnTheOtherLaptopShowsOnTheNextPollWithoutAReload() {
        List<PlannedSeat> podium = podium();
        org.huiwu.ui.common.LiveUpdates live = new org.huiwu.ui.common.LiveUpdates(fixture.context.liveFeed(),
                fixture.runner, () -> fixture.state, () -> fixture.i18n, meeting -> List.of(), () -> 0, () -> 0,
                ViewModelFixture.CLOCK);
        live.reloadSeating(fixture.context.seatPlans()::assignmentsOfMeeting);
        live.poll();
        String first = name(podium.get(0));
        String second = name(podium.get(1));

        theOtherLaptopSwaps(podium.get(0).key(), podium.get(1).key());
        assertThat(name(podium.get(0))).as("not yet polled").isEqualTo(first);
        live.poll();

        assertThat(model.assignments()).isEqualTo(stored());
        assertThat(name(podium.get(0))).isEqualTo(second);
        assertThat(name(podium.get(1))).isEqualTo(first);
        commands.swapSeats(podium.get(0).key(), podium.get(2).key());
        assertThat(fixture.dialogs.information()).as("the next step starts from their step").isEmpty();
    }

    @Test
    void aSeatCheckInOverTheirsAsks() {
        PlannedSeat first = podium().get(0);
        try (AppContext other = AppContext.open(dataDir, ViewModelFixture.CLOCK)) {
            Attendee read = other.roster().list(SampleMeeting.ID).get(0);
            other.roster().saveOver(read, read.withCheckIn(CheckInStatus.ARRIVED));
        }
        fixture.dialogs.answerChoice(1);

        commands.checkIn(first.key(), CheckInStatus.LATE);

        assertThat(fixture.dialogs.questions()).hasSize(1);
        assertThat(fixture.dialogs.questions().get(0).message()).contains("Arrived", "Late");
        assertThat(fixture.context.roster().list(SampleMeeting.ID).get(0).checkIn()).isEqualTo(CheckInStatus.ARRIVED);
    }

    private void theOtherLaptopSwaps(String from, String to) {
        try (AppContext other = AppContext.open(dataDir, ViewModelFixture.CLOCK)) {
            SeatAssignments read = other.seatPlans().assignments(plan().id());
            assertThat(other.seatPlans().saveAssignmentsOver(plan().id(), read,
                    other.seatingPlanner().swapSeats(read, from, to)).saved()).isTrue();
        }
    }

    private SeatPlan plan() {
        return model.planProperty().get();
    }

    private SeatAssignments stored() {
        return fixture.context.seatPlans().assignments(plan().id());
    }

    private List<PlannedSeat> podium() {
        return model.seats().stream().filter(s -> s.blockKind() == BlockKind.PODIUM).toList();
    }

    private String name(PlannedSeat seat) {
        return model.assignments().occupantOf(seat.key()).map(id -> model.person(id).name()).orElse("-");
    }

    private UUID person(String name) {
        return model.attendees().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().id();
    }
}
