package org.huiwu.logic.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.huiwu.AppContext;
import org.huiwu.logic.rounds.BoardSnapshot;
import org.huiwu.logic.rounds.SeatBoard;
import org.huiwu.logic.rounds.ServiceSummary;
import org.huiwu.model.rounds.MeetingState;
import org.huiwu.model.rounds.SeatService;
import org.huiwu.model.rounds.SeatServiceState;
import org.huiwu.model.rounds.ServiceHistory;
import org.huiwu.model.rounds.ServicePlan;
import org.huiwu.model.rounds.ServiceZone;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.PlannedSeat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample meeting's tea service: its plan, zones and the 50 minutes of history behind the board. */
class SampleTeaServiceTest {

    private static final Instant NOW = Instant.parse("2025-03-12T02:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dataDir;

    private AppContext context;

    @BeforeEach
    void open() {
        context = AppContext.open(dataDir, CLOCK);
        context.sampleMeeting().ensure();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theSampleHasAPlanWithAFasterPodiumAndTwoZones() {
        ServicePlan plan = context.servicePlans().planOf(SampleMeeting.ID);
        List<PlannedSeat> seats = context.roundBoard().load(SampleMeeting.ID).seats();
        PlannedSeat podium = seats.stream().filter(s -> s.blockKind() == BlockKind.PODIUM).findFirst().orElseThrow();
        PlannedSeat audience = seats.stream().filter(s -> s.blockKind() == BlockKind.AUDIENCE).findFirst().orElseThrow();

        assertThat(plan.intervalOf(podium.blockId())).isEqualTo(15);
        assertThat(plan.intervalOf(audience.blockId())).isEqualTo(20);
        assertThat(plan.zones()).extracting(ServiceZone::attendant)
                .containsExactly(SampleTeaService.PODIUM_ATTENDANT, SampleTeaService.AUDIENCE_ATTENDANT);
        assertThat(plan.zoneOf(podium.key())).map(ServiceZone::attendant).contains(SampleTeaService.PODIUM_ATTENDANT);
    }

    @Test
    void theBoardShowsAMeetingFiftyMinutesInWithServedDeclinedAndOverdueSeats() {
        BoardSnapshot snapshot = context.roundBoard().load(SampleMeeting.ID);
        SeatBoard board = context.roundBoard().now(snapshot);

        assertThat(board.meeting()).isEqualTo(MeetingState.RUNNING);
        assertThat(snapshot.time().startedAt()).isEqualTo(NOW.minus(Duration.ofMinutes(50)));
        List<SeatService> podium = board.seats().subList(0, 7);
        assertThat(podium).extracting(SeatService::state).last().isEqualTo(SeatServiceState.DECLINED);
        assertThat(podium.subList(0, 6)).extracting(SeatService::state)
                .containsOnly(SeatServiceState.SERVED, SeatServiceState.DUE_SOON).contains(SeatServiceState.DUE_SOON);
        assertThat(board.count(SeatServiceState.OVERDUE)).isEqualTo(8);
        assertThat(board.count(SeatServiceState.NOT_SERVED)).isPositive();
        assertThat(board.count(SeatServiceState.OVERDUE) + board.count(SeatServiceState.NOT_SERVED)
                + board.count(SeatServiceState.ABSENT)).as("the 24 audience seats").isEqualTo(24);
    }

    @Test
    void theHistoryHasTwoClosedRoundsAndOneLateEntry() {
        ServiceHistory history = context.roundBoard().history(SampleMeeting.ID);
        ServiceSummary summary = ServiceSummary.of(history);

        assertThat(history.rounds()).hasSize(2).allSatisfy(r -> assertThat(r.isOpen()).isFalse());
        assertThat(summary.late()).isEqualTo(1);
        assertThat(summary.missed()).isZero();
        assertThat(summary.counted().cups()).isEqualTo(15);
        assertThat(summary.pours()).isEqualTo(7 + 8 + 6 + 6);
    }

    @Test
    void theMeetingStartedWhenItsTeaHistoryBegan() {
        ServiceHistory history = context.roundBoard().history(SampleMeeting.ID);
        org.huiwu.model.Meeting sample = context.meetings().find(SampleMeeting.ID).orElseThrow();
        Instant started = sample.date().atTime(sample.startTime()).atZone(CLOCK.getZone()).toInstant();

        assertThat(started).as("10:30 less 50 minutes").isEqualTo(Instant.parse("2025-03-12T01:40:00Z"));
        assertThat(history.events()).extracting(org.huiwu.model.rounds.ServiceEvent::occurredAt)
                .allSatisfy(at -> assertThat(at).isBetween(started, NOW));
        assertThat(sample.plannedEndTime()).isEqualTo(java.time.LocalTime.of(12, 10));
    }
}
