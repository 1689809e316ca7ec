package org.huiwu.ui.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.i18n.I18n;
import org.huiwu.model.Meeting;
import org.huiwu.model.rounds.MeetingState;
import org.huiwu.model.rounds.SeatServiceState;
import org.huiwu.model.rounds.ServicePlan;
import org.huiwu.model.rounds.ServiceZone;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.persistence.Database;
import org.huiwu.ui.common.AppState;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.ImmediateTaskRunner;
import org.huiwu.ui.common.MovableClock;
import org.huiwu.ui.common.ScriptedDialogs;
import org.huiwu.ui.control.seatmap.SeatState;
import org.huiwu.ui.control.seatmap.SeatTile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round board on a meeting with a seated podium of seven, driven by a clock the test moves: serve
 * the podium in route order, let time pass until seats are overdue, decline one, pause one for a
 * speaker, take a break, and check the summary. No FX toolkit; real H2.
 */
class RoundBoardViewModelTest {

    @TempDir
    Path dataDir;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private AppContext context;
    private RoundBoardViewModel board;
    private AppState state;
    private RoundCommands commands;
    private RoundSummaryViewModel summary;
    private List<PlannedSeat> podium;
    private ScriptedDialogs dialogs;

    @BeforeEach
    void meetingWithAPodiumOfSevenServedEveryFiveMinutes() {
        context = AppContext.open(dataDir, clock);
        Meeting meeting = context.meetings().save(context.meetings().draft("茶水测试"));
        for (int rank = 1; rank <= 7; rank++) {
            context.roster().save(new org.huiwu.model.Attendee(UUID.randomUUID(), meeting.id(), "领导" + rank, "", "",
                    rank, org.huiwu.model.AttendeeRole.LEADER, org.huiwu.model.Side.NONE,
                    org.huiwu.model.CheckInStatus.ARRIVED, ""));
        }
        SeatPlan plan = context.seatPlans().planOf(meeting.id())
                .withBlocks(List.of(org.huiwu.model.seating.SeatBlock.podium(UUID.randomUUID(), "", List.of(7))));
        podium = context.seatPlans().save(plan);
        context.seatPlans().saveAssignments(plan.id(), context.seatingPlanner().autoAssign(podium,
                context.roster().list(meeting.id()), org.huiwu.model.seating.SeatAssignments.none()));
        ServicePlan service = ServicePlan.defaults(meeting.id()).withIntervals(5, Map.of())
                .withZones(List.of(new ServiceZone(UUID.randomUUID(), "小王",
                        java.util.Set.copyOf(podium.stream().map(PlannedSeat::key).toList()))));
        context.servicePlans().save(service, podium);

        state = new AppState();
        dialogs = new ScriptedDialogs();
        RoundServices services = new RoundServices(context.roundBoard(), context.routeOrder(), context.serviceLog(),
                context.servicePlans(), context.seatPlans(), context.roster(), context.roundLabels(), dialogs,
                new FailureMessages(i18n, Database::problemOf));
        board = new RoundBoardViewModel(services, state, new ImmediateTaskRunner(), i18n);
        commands = new RoundCommands(board);
        summary = new RoundSummaryViewModel(services, state, new ImmediateTaskRunner(), i18n);
        state.currentMeetingProperty().set(meeting);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private SeatTile tile(PlannedSeat seat) {
        return board.display().tiles().stream().filter(t -> t.id().equals(seat.key())).findFirst().orElseThrow();
    }

    private String nameOf(String seatKey) {
        return board.display().tiles().stream().filter(t -> t.id().equals(seatKey)).findFirst().orElseThrow().occupant();
    }

    @Test
    void servesThePodiumInRouteOrderThenSeatsFallDueAndOverdue() {
        commands.startMeeting();
        assertThat(board.display().meetingStateProperty().get()).isEqualTo(MeetingState.RUNNING);
        board.zoneProperty().set(board.zones().get(1));
        commands.startRound();

        List<String> served = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            served.add(nameOf(board.nextSeat()));
            commands.serveNext();
        }
        assertThat(served).containsExactly("领导1", "领导2", "领导3", "领导4", "领导5", "领导6", "领导7");
        assertThat(tile(podium.get(0)).states()).contains(SeatState.SERVED);
        assertThat(board.nextSeat()).isNull();

        clock.advance(Duration.ofMinutes(3));
        board.tick();
        assertThat(tile(podium.get(0)).states()).contains(SeatState.DUE_SOON);
        assertThat(tile(podium.get(0)).badge()).isEqualTo("3\u2032");

        clock.advance(Duration.ofMinutes(3));
        board.tick();
        assertThat(podium).allSatisfy(seat -> assertThat(tile(seat).states()).contains(SeatState.OVERDUE));
        assertThat(board.board().count(SeatServiceState.OVERDUE)).isEqualTo(7);
    }

    @Test
    void theSoftSoundIsOffByDefaultAndCuesEachNewlyOverdueSeatWhenOn() {
        commands.startMeeting();
        board.zoneProperty().set(board.zones().get(1));
        commands.startRound();
        commands.serveNext();
        clock.advance(Duration.ofMinutes(6));
        board.tick();
        assertThat(board.soundOnProperty().get()).isFalse();
        assertThat(board.overdueAlertsProperty().get()).isZero();
        board.soundOnProperty().set(true);
        commands.serveNext();
        clock.advance(Duration.ofMinutes(6));
        board.tick();
        assertThat(board.overdueAlertsProperty().get()).isEqualTo(1);
        board.tick();
        assertThat(board.overdueAlertsProperty().get()).isEqualTo(1);
    }

    @Test
    void aTapWhoseWriteFailsStaysServedOnTheBoardAndIsStoredOnRetry() {
        commands.startMeeting();
        board.zoneProperty().set(board.zones().get(1));
        commands.startRound();
        boolean[] diskFull = {false};
        RoundBoardViewModel flaky = boardWith(new org.huiwu.ui.common.TaskRunner() {
            private final ImmediateTaskRunner inner = new ImmediateTaskRunner();

            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                    java.util.function.Consumer<Throwable> onFailure) {
                if (diskFull[0] && board.meeting() != null && work.toString().contains("PendingTaps")) {
                    onFailure.accept(new IllegalStateException("No space left on device"));
                    return;
                }
                inner.run(work, onSuccess, onFailure);
            }

            @Override
            public <T> Cancellable runWithProgress(ProgressWork<T> work, ProgressListener progress,
                    java.util.function.Consumer<T> onSuccess, java.util.function.Consumer<Throwable> onFailure) {
                return inner.runWithProgress(work, progress, onSuccess, onFailure);
            }
        });
        RoundCommands flakyCommands = new RoundCommands(flaky);
        diskFull[0] = true;
        String first = podium.get(0).key();
        flakyCommands.serve(first);
        assertThat(flaky.display().tiles().stream().filter(t -> t.id().equals(first)).findFirst().orElseThrow().states())
                .contains(SeatState.SERVED);
        assertThat(flaky.problemProperty().get()).startsWith("1 ");
        Meeting meeting = context.meetings().list().get(0);
        assertThat(context.roundBoard().history(meeting.id()).events()).noneMatch(e -> e.seatKey().equals(first)
                && e.occurredAt().equals(clock.instant()));
        diskFull[0] = false;
        for (int pulse = 1; pulse < 5; pulse++) {
            flaky.pulse();
        }
        assertThat(flaky.problemProperty().get()).as("the board retries on every fifth pulse").startsWith("1 ");
        flaky.pulse();
        assertThat(flaky.problemProperty().get()).isEmpty();
        assertThat(context.roundBoard().history(meeting.id()).events()).anyMatch(e -> e.seatKey().equals(first)
                && e.occurredAt().equals(clock.instant()));
    }

    private RoundBoardViewModel boardWith(org.huiwu.ui.common.TaskRunner runner) {
        RoundServices services = new RoundServices(context.roundBoard(), context.routeOrder(), context.serviceLog(),
                context.servicePlans(), context.seatPlans(), context.roster(), context.roundLabels(), new ScriptedDialogs(),
                new FailureMessages(i18n, Database::problemOf));
        AppState otherState = new AppState();
        RoundBoardViewModel other = new RoundBoardViewModel(services, otherState, runner, i18n);
        otherState.currentMeetingProperty().set(board.meeting());
        return other;
    }

    @Test
    void closingARoundAndEndingTheMeetingAskFirstAndDoNothingWhenTheAnswerIsNo() {
        commands.startMeeting();
        commands.startRound();
        commands.serveNext();
        dialogs.answerConfirm(false);

        commands.closeRound();
        commands.endMeeting();

        assertThat(board.display().roundOpenProperty().get()).isTrue();
        assertThat(board.display().meetingStateProperty().get()).isEqualTo(MeetingState.RUNNING);
        assertThat(dialogs.questions()).extracting(ScriptedDialogs.Shown::message)
                .anySatisfy(question -> assertThat(question).contains("6 seats"));
        Meeting meeting = context.meetings().list().get(0);
        assertThat(context.roundBoard().history(meeting.id()).events())
                .noneMatch(e -> e.kind() == org.huiwu.model.rounds.ServiceEventKind.MISSED);
    }

    @Test
    void aMeetingWithoutSeatingSaysToArrangeTheSeatsFirst() {
        assertThat(board.display().seatingMissingProperty().get()).isFalse();
        Meeting empty = context.meetings().save(context.meetings().draft("无座次"));

        state.currentMeetingProperty().set(empty);

        assertThat(board.display().seatingMissingProperty().get()).isTrue();
        assertThat(board.display().meetingStateProperty().get()).isEqualTo(MeetingState.NOT_STARTED);
    }

    @Test
    void theDefaultZoneServesEveryoneAndAfterARestartTheZoneOfTheOpenRoundIsShown() {
        assertThat(board.zoneProperty().get().isEveryone()).isTrue();
        commands.startMeeting();
        commands.startRound();
        assertThat(nameOf(board.nextSeat())).isEqualTo("领导1");
        commands.serveNext();

        ServiceZone named = board.zones().get(1);
        board.zoneProperty().set(named);
        dialogs.answerConfirm(true);
        commands.closeRound();
        commands.startRound();
        RoundBoardViewModel restarted = boardWith(new ImmediateTaskRunner());

        assertThat(restarted.zoneProperty().get().id()).isEqualTo(named.id());
        assertThat(restarted.display().roundOpenProperty().get()).isTrue();
    }

    @Test
    void aDeclinedSeatStopsItsTimerAndASpeakerIsNotDisturbed() {
        commands.startMeeting();
        board.zoneProperty().set(board.zones().get(1));
        commands.startRound();
        for (int i = 0; i < 7; i++) {
            commands.serveNext();
        }
        clock.advance(Duration.ofMinutes(1));
        commands.decline(podium.get(1).key());
        commands.speaking(podium.get(2).key(), true);
        clock.advance(Duration.ofMinutes(10));
        board.tick();
        assertThat(tile(podium.get(1)).states()).contains(SeatState.DECLINED).doesNotContain(SeatState.OVERDUE);
        assertThat(tile(podium.get(2)).states()).contains(SeatState.DO_NOT_DISTURB);
        assertThat(tile(podium.get(3)).states()).contains(SeatState.OVERDUE);
    }

    @Test
    void aBreakStopsEveryTimer() {
        commands.startMeeting();
        board.zoneProperty().set(board.zones().get(1));
        commands.startRound();
        commands.serveNext();
        clock.advance(Duration.ofMinutes(2));
        commands.pause();
        clock.advance(Duration.ofMinutes(30));
        board.tick();
        assertThat(board.display().meetingStateProperty().get()).isEqualTo(MeetingState.PAUSED);
        assertThat(tile(podium.get(0)).states()).doesNotContain(SeatState.OVERDUE);
        assertThat(tile(podium.get(0)).badge()).isEqualTo("2\u2032");
    }

    @Test
    void closingARoundRecordsMissedSeatsAndTheSummaryCountsThem() {
        commands.startMeeting();
        board.zoneProperty().set(board.zones().get(1));
        commands.startRound();
        for (int i = 0; i < 5; i++) {
            commands.serveNext();
        }
        commands.servedMinutesAgo(podium.get(5).key(), 5);
        dialogs.answerConfirm(true);
        commands.closeRound();
        summary.refresh();
        assertThat(summary.summaryProperty().get())
                .contains("Rounds 1").contains("Pours 6").contains("Missed 1").contains("recorded late 1");
        assertThat(board.display().roundOpenProperty().get()).isFalse();
    }

    @Test
    void consumablesAreStored() {
        summary.cupsProperty().set(7);
        summary.towelsProperty().set(3);
        summary.saveConsumables();
        Meeting meeting = context.meetings().list().get(0);
        assertThat(context.servicePlans().consumables(meeting.id()).cups()).isEqualTo(7);
        assertThat(context.servicePlans().consumables(meeting.id()).towels()).isEqualTo(3);
    }

    @Test
    void theServicePlanEditorSetsIntervalsPerBlockAndZonesByAttendant() {
        ServicePlanEditorViewModel editor = board.planEditor();
        editor.intervalProperty().set(20);
        editor.rows().get(0).interval().set(15);
        editor.rows().get(0).attendant().set("小李");
        commands.savePlan(editor.plan());
        Meeting meeting = context.meetings().list().get(0);
        ServicePlan stored = context.servicePlans().planOf(meeting.id());
        assertThat(stored.intervalMinutes()).isEqualTo(20);
        assertThat(stored.intervalOf(podium.get(0).blockId())).isEqualTo(15);
        assertThat(stored.zones()).singleElement().satisfies(zone -> {
            assertThat(zone.attendant()).isEqualTo("小李");
            assertThat(zone.seatKeys()).hasSize(7);
        });
        assertThat(board.zones()).extracting(ServiceZone::attendant).contains("小李");
    }

    @Test
    void thePodiumSeatsAreOnTheBoard() {
        assertThat(board.display().tiles()).hasSize(7);
        assertThat(podium).allMatch(seat -> seat.blockKind() == BlockKind.PODIUM);
    }

    @Test
    void theStatusLineSaysTheLatestActionNotAnOlderUndo() {
        commands.startMeeting();
        board.zoneProperty().set(board.zones().get(1));
        commands.startRound();
        String first = board.nextSeat();
        commands.serveNext();
        assertThat(state.statusProperty().get()).isEqualTo("Tea served: 领导1");
        commands.undoLastPour();
        assertThat(state.statusProperty().get()).isEqualTo("The pour at 领导1 was taken back");
        commands.serveNext();
        assertThat(state.statusProperty().get()).isEqualTo("Tea served: 领导1");
        commands.serve(first);
        assertThat(state.statusProperty().get()).as("a second pour at a served seat").isEqualTo("Refilled: 领导1");
        commands.undoLastPour();
        commands.undoLastPour();
        commands.decline(first);
        assertThat(state.statusProperty().get()).doesNotContain("taken back");
    }
}
