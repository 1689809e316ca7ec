package org.huiwu.ui.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.live.LoopbackForwarder;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.DatabaseServer;
import org.huiwu.persistence.SeatPlanDao;
import org.huiwu.persistence.TestStores;
import org.huiwu.ui.common.LiveUpdates;
import org.huiwu.ui.common.ViewModelFixture;
import org.huiwu.ui.rounds.RoundBoardViewModel;
import org.huiwu.ui.rounds.RoundServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seating screen's layout edits while the network to the venue's PostgreSQL is cut (decision 0041; a
 * {@link LoopbackForwarder}): a block added and a block removed show at once on the seating screen and the tea board,
 * without a storage error, the dropped seats empty; the live poll sends them once the network is back. A layout change
 * the other laptop stored meanwhile refuses this laptop's when sent: the status bar counts it and the seating screen
 * shows the stored layout. The view-models over the app's own services. Tagged {@code dao}: needs the PostgreSQL test
 * server.
 */
@Tag("dao")
class LayoutOutageTest {

    @TempDir
    Path laptop;

    private DatabaseServer server;
    private LoopbackForwarder network;
    private ViewModelFixture fixture;
    private Database venue;
    private SeatingViewModel model;
    private SeatingCommands commands;
    private RoundBoardViewModel board;
    private LiveUpdates live;

    @BeforeEach
    void open() throws Exception {
        server = TestStores.freshServer();
        network = LoopbackForwarder.to(server);
        fixture = new ViewModelFixture(AppContext.open(laptop, ViewModelFixture.CLOCK,
                LoopbackForwarder.through(server, network), Duration.ZERO, () -> { }, null));
        venue = Database.open(server, Duration.ZERO, () -> { }, null);
        SampleSeating seating = SampleSeating.open(fixture);
        model = seating.model();
        commands = seating.commands();
        AppContext c = fixture.context;
        board = new RoundBoardViewModel(new RoundServices(c.roundBoard(), c.routeOrder(), c.serviceLog(),
                c.servicePlans(), c.seatPlans(), c.roster(), c.roundLabels(), fixture.dialogs, fixture.failures),
                fixture.state, fixture.runner, fixture.i18n);
        board.load();
        live = new LiveUpdates(c.liveFeed(), fixture.runner, () -> fixture.state, () -> fixture.i18n,
                meeting -> List.of(), c::sendQueuedTaps, c::queuedRecords, ViewModelFixture.CLOCK);
        live.reloadSeating(c.seatPlans()::assignmentsOfMeeting);
        live.reloadLayout(c.seatPlans()::layoutVersionOfMeeting);
        live.reportKeptElsewhere(c::checkInsKeptElsewhere);
        live.poll();
    }

    @AfterEach
    void close() throws Exception {
        if (venue != null) {
            venue.close();
        }
        if (fixture != null) {
            fixture.close();
        }
        if (network != null) {
            network.close();
        }
    }

    @Test
    void blocksAddedAndRemovedDuringACutShowAtOnceAndAreSentByThePoll() {
        SeatPlan plan = model.plan();
        int seats = model.seats().size();
        int tiles = board.display().tiles().size();
        PlannedSeat occupied = model.seats().stream().filter(s -> model.assignments().occupantOf(s.key()).isPresent()
                && !s.blockId().equals(plan.blocks().get(0).id())).reduce((first, last) -> last).orElseThrow();
        SeatBlock removed = plan.blocks().stream().filter(b -> b.id().equals(occupied.blockId())).findFirst()
                .orElseThrow();
        int removedSeats = (int) model.seats().stream().filter(s -> s.blockId().equals(removed.id())).count();
        fixture.dialogs.answerConfirm(true);

        network.cut();
        commands.planEdits().saveBlock(SeatBlock.audience(UUID.randomUUID(), "加座区", List.of(3), 0));
        commands.planEdits().removeBlock(removed.id());

        assertThat(fixture.dialogs.errors()).as("no storage error").isEmpty();
        assertThat(model.plan().blocks()).extracting(SeatBlock::name).contains("加座区");
        assertThat(model.plan().blocks()).doesNotContain(removed);
        assertThat(model.seats()).hasSize(seats + 3 - removedSeats);
        assertThat(model.assignments().occupantOf(occupied.key())).as("the dropped seat empty at once").isEmpty();
        assertThat(board.problemProperty().get()).as("the tea board read without a problem").isEmpty();
        assertThat(board.display().tiles()).as("the tea board follows at once").hasSize(tiles + 3 - removedSeats);
        assertThat(fixture.context.queuedRecords()).isEqualTo(2);

        network.restore();
        for (int attempt = 0; attempt < 20 && fixture.context.queuedRecords() > 0; attempt++) {
            live.poll();
        }
        SeatPlan stored = venue.dao(SeatPlanDao.class).findByMeeting(plan.meetingId()).orElseThrow();
        assertThat(stored).isEqualTo(model.plan());
        assertThat(venue.dao(SeatPlanDao.class).assignments(plan.id()).occupantOf(occupied.key())).isEmpty();
        live.poll();
        assertThat(fixture.dialogs.information()).isEmpty();
        assertThat(fixture.state.serverStatusProperty().get()).doesNotContain("not stored as made");
    }

    @Test
    void aLayoutRefusedWhenSentIsCountedAndTheStoredLayoutShown() {
        SeatPlan plan = model.plan();
        network.cut();
        commands.planEdits().saveBlock(SeatBlock.audience(UUID.randomUUID(), "本机座区", List.of(3), 0));
        assertThat(model.plan().blocks()).extracting(SeatBlock::name).contains("本机座区");
        SeatPlanDao other = venue.dao(SeatPlanDao.class);
        List<SeatBlock> theirs = new ArrayList<>(plan.blocks());
        theirs.add(SeatBlock.audience(UUID.randomUUID(), "对方座区", List.of(5), 0));
        other.saveLayoutOver(plan.withBlocks(theirs), other.layoutVersion(plan.id()).orElseThrow(),
                ViewModelFixture.CLOCK.instant());

        network.restore();
        for (int attempt = 0; attempt < 20 && fixture.context.queuedRecords() > 0; attempt++) {
            live.poll();
        }
        live.poll();

        assertThat(fixture.state.serverStatusProperty().get()).contains("1 offline change was not stored as made");
        assertThat(model.plan().blocks()).extracting(SeatBlock::name).contains("对方座区").doesNotContain("本机座区");
        commands.planEdits().saveBlock(SeatBlock.audience(UUID.randomUUID(), "本机座区", List.of(3), 0));
        assertThat(other.findByMeeting(plan.meetingId()).orElseThrow().blocks()).extracting(SeatBlock::name)
                .as("the next edit goes onto the stored layout").contains("对方座区", "本机座区");
    }
}
