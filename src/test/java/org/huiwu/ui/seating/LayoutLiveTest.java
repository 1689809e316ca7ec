package org.huiwu.ui.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.ui.common.LiveUpdates;
import org.huiwu.ui.common.ViewModelFixture;
import org.huiwu.ui.rounds.RoundBoardViewModel;
import org.huiwu.ui.rounds.RoundServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two laptops change the sample meeting's seat-plan layout (decision 0039): a block the other laptop adds shows on
 * this laptop's seating screen and tea board on the next live poll ({@code SEAT_LAYOUT} row of the change feed),
 * without reopening the meeting; a layout edit made from a layout the other laptop changed since is refused, the
 * editor is told and the screen shows the stored layout; the next edit starts from it; a block dialog left open
 * while the other laptop's layout arrives does not write over it; a layout edit here shows on
 * this laptop's tea board at once; removing a block whose seat the other laptop changed is refused with nobody
 * unseated, and a laptop creating a meeting's first plan just after the other is told and shown theirs (decision
 * 0041). Real H2; the other laptop is a second {@link AppContext} on the same folder.
 */
class LayoutLiveTest {

    @TempDir
    Path dataDir;

    private ViewModelFixture fixture;
    private SeatingViewModel model;
    private SeatingCommands commands;
    private RoundBoardViewModel board;
    private LiveUpdates live;

    @BeforeEach
    void openSample() {
        fixture = new ViewModelFixture(dataDir);
        SampleSeating seating = SampleSeating.open(fixture);
        model = seating.model();
        commands = seating.commands();
        AppContext c = fixture.context;
        board = new RoundBoardViewModel(new RoundServices(c.roundBoard(), c.routeOrder(), c.serviceLog(),
                c.servicePlans(), c.seatPlans(), c.roster(), c.roundLabels(), fixture.dialogs, fixture.failures),
                fixture.state, fixture.runner, fixture.i18n);
        board.load();
        live = new LiveUpdates(c.liveFeed(), fixture.runner, () -> fixture.state, () -> fixture.i18n,
                meeting -> List.of(), () -> 0, () -> 0, ViewModelFixture.CLOCK);
        live.reloadSeating(c.seatPlans()::assignmentsOfMeeting);
        live.reloadLayout(c.seatPlans()::layoutVersionOfMeeting);
        live.poll();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aBlockTheOtherLaptopAddsShowsOnTheSeatingScreenAndTeaBoardOnTheNextPoll() {
        int seats = model.seats().size();
        int tiles = board.display().tiles().size();

        theOtherLaptopAdds(SeatBlock.audience(UUID.randomUUID(), "加座区", List.of(6), 0));
        assertThat(model.seats()).as("not yet polled").hasSize(seats);
        live.poll();

        assertThat(model.plan().blocks()).extracting(SeatBlock::name).contains("加座区");
        assertThat(model.seats()).hasSize(seats + 6);
        assertThat(board.display().tiles()).hasSize(tiles + 6);
        assertThat(fixture.dialogs.information()).isEmpty();
    }

    @Test
    void aLayoutEditFromAStaleLayoutIsRefusedAndTheStoredLayoutShown() {
        SeatBlock mine = SeatBlock.audience(UUID.randomUUID(), "我的座区", List.of(4), 0);
        theOtherLaptopAdds(SeatBlock.audience(UUID.randomUUID(), "对方座区", List.of(6), 0));

        commands.planEdits().saveBlock(mine);

        assertThat(fixture.dialogs.information()).singleElement()
                .satisfies(shown -> assertThat(shown.message()).contains("layout").contains("not saved"));
        SeatPlan stored = fixture.context.seatPlans().find(model.plan().meetingId()).orElseThrow();
        assertThat(stored.blocks()).extracting(SeatBlock::name).contains("对方座区").doesNotContain("我的座区");
        assertThat(model.plan()).isEqualTo(stored);

        commands.planEdits().saveBlock(mine);
        assertThat(fixture.dialogs.information()).as("the next edit starts from the stored layout").hasSize(1);
        assertThat(fixture.context.seatPlans().find(model.plan().meetingId()).orElseThrow().blocks())
                .extracting(SeatBlock::name).contains("对方座区", "我的座区");
    }

    @Test
    void aBlockDialogLeftOpenWhileTheOtherLaptopsLayoutArrivesDoesNotWriteOverIt() {
        SeatBlock first = model.plan().blocks().get(0);
        int seen = model.layouts().seen();
        theOtherLaptopAdds(SeatBlock.audience(UUID.randomUUID(), "对方座区", List.of(6), 0));
        live.poll();
        assertThat(model.plan().blocks()).extracting(SeatBlock::name).contains("对方座区");

        commands.planEdits().saveBlock(first.withName("改名的座区"), seen);

        assertThat(fixture.dialogs.information()).singleElement()
                .satisfies(shown -> assertThat(shown.message()).contains("layout"));
        assertThat(fixture.context.seatPlans().find(model.plan().meetingId()).orElseThrow().blocks())
                .extracting(SeatBlock::name).contains("对方座区", first.name()).doesNotContain("改名的座区");
        commands.planEdits().saveBlock(first.withName("改名的座区"), model.layouts().seen());
        assertThat(fixture.context.seatPlans().find(model.plan().meetingId()).orElseThrow().blocks())
                .extracting(SeatBlock::name).contains("对方座区", "改名的座区");
    }

    @Test
    void aLayoutEditHereShowsOnThisLaptopsTeaBoardAtOnce() {
        int tiles = board.display().tiles().size();

        commands.planEdits().saveBlock(SeatBlock.audience(UUID.randomUUID(), "加座区", List.of(3), 0));

        assertThat(board.display().tiles()).hasSize(tiles + 3);
        live.poll();
        assertThat(fixture.dialogs.information()).isEmpty();
    }

    @Test
    void removingABlockWhoseSeatTheOtherLaptopChangedIsRefusedAndNobodyIsUnseated() {
        SeatPlan plan = model.plan();
        var occupied = model.seats().stream().filter(seat -> model.assignments().occupantOf(seat.key()).isPresent()
                && !seat.blockId().equals(plan.blocks().get(0).id())).reduce((first, last) -> last).orElseThrow();
        SeatBlock block = plan.blocks().stream().filter(b -> b.id().equals(occupied.blockId())).findFirst()
                .orElseThrow();
        try (AppContext other = AppContext.open(dataDir, ViewModelFixture.CLOCK)) {
            var read = other.seatPlans().assignments(plan.id());
            var unseated = new java.util.LinkedHashMap<>(read.occupantBySeat());
            unseated.remove(occupied.key());
            assertThat(other.seatPlans().saveAssignmentsOver(plan.id(), read,
                    org.huiwu.model.seating.SeatAssignments.of(unseated, read.lockedSeats())).saved()).isTrue();
        }
        fixture.dialogs.answerConfirm(true);

        commands.planEdits().removeBlock(block.id());

        assertThat(fixture.dialogs.information()).singleElement()
                .satisfies(shown -> assertThat(shown.message()).contains("removes").contains("nobody was unseated"));
        var stored = fixture.context.seatPlans().find(plan.meetingId()).orElseThrow();
        assertThat(stored.blocks()).as("the block is not removed").contains(block);
        assertThat(model.plan()).isEqualTo(stored);
        assertThat(model.assignments()).as("the stored seating shown")
                .isEqualTo(fixture.context.seatPlans().assignments(plan.id()));
        assertThat(model.assignments().occupantBySeat()).as("the other seated people of the block stay")
                .isNotEmpty();
    }

    @Test
    void theSecondLaptopCreatingAMeetingsFirstPlanIsToldAndShownTheFirst() {
        var blank = fixture.context.meetings().save(org.huiwu.model.Meeting.blank(UUID.randomUUID(), "新会议",
                java.time.LocalDate.of(2026, 12, 7)));
        fixture.state.currentMeetingProperty().set(blank);
        assertThat(model.plan().meetingId()).isEqualTo(blank.id());
        SeatPlan theirs;
        try (AppContext other = AppContext.open(dataDir, ViewModelFixture.CLOCK)) {
            theirs = other.seatPlans().planOf(blank.id()).withBlocks(List.of(SeatBlock.audience(UUID.randomUUID(),
                    "对方座区", List.of(5), 0)));
            assertThat(other.seatPlans().saveLayout(theirs, -1, null).saved()).isTrue();
        }

        commands.planEdits().saveBlock(SeatBlock.audience(UUID.randomUUID(), "我的座区", List.of(4), 0));

        assertThat(fixture.dialogs.information()).singleElement()
                .satisfies(shown -> assertThat(shown.message()).contains("Another laptop has just created"));
        assertThat(model.plan()).as("the plan the other laptop created is shown").isEqualTo(theirs);
        commands.planEdits().saveBlock(SeatBlock.audience(UUID.randomUUID(), "我的座区", List.of(4), 0));
        assertThat(fixture.context.seatPlans().find(blank.id()).orElseThrow().blocks()).extracting(SeatBlock::name)
                .as("the next edit goes onto it").containsExactly("对方座区", "我的座区");
    }

    private void theOtherLaptopAdds(SeatBlock block) {
        try (AppContext other = AppContext.open(dataDir, ViewModelFixture.CLOCK)) {
            SeatPlan read = other.seatPlans().find(model.plan().meetingId()).orElseThrow();
            int version = other.seatPlans().layoutVersion(read.id());
            List<SeatBlock> blocks = new ArrayList<>(read.blocks());
            blocks.add(block);
            assertThat(other.seatPlans().saveLayout(read.withBlocks(blocks), version).saved()).isTrue();
        }
    }
}
