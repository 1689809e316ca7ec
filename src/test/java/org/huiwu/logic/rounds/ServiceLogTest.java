package org.huiwu.logic.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huiwu.logic.rounds.RoundsFixture.MEETING;
import static org.huiwu.logic.rounds.RoundsFixture.minutes;
import static org.huiwu.logic.rounds.StoredRoom.visit;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.model.rounds.MeetingState;
import org.huiwu.model.rounds.SeatServiceState;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.model.rounds.ServiceRound;
import org.huiwu.model.rounds.ServiceZone;
import org.huiwu.model.rounds.SkipReason;
import org.huiwu.model.seating.PlannedSeat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write side through a real {@link AppContext} on H2, with a clock the test moves. */
class ServiceLogTest {

    @TempDir
    Path dataDir;

    private final RoundsFixture room = new RoundsFixture();
    private final MutableClock clock = new MutableClock(minutes(0), ZoneId.of("Asia/Shanghai"));
    private AppContext context;
    private ServiceLog log;

    @BeforeEach
    void open() {
        context = AppContext.open(dataDir, clock);
        StoredRoom.store(context, room);
        log = context.serviceLog();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private SeatBoard board() {
        return context.roundBoard().now(context.roundBoard().load(MEETING));
    }

    @Test
    void theFirstTapIsAFirstPourAndTheNextOnesAreRefills() {
        log.startMeeting(MEETING);
        ServiceEvent first = log.markServed(visit(room, room.podium(0)));
        clock.set(minutes(20));
        ServiceEvent second = log.markServed(visit(room, room.podium(0)));

        assertThat(first.kind()).isEqualTo(ServiceEventKind.FIRST_POUR);
        assertThat(second.kind()).isEqualTo(ServiceEventKind.REFILL);
        assertThat(second.attendeeId()).isEqualTo(room.occupants.get(room.podium(0)));
        assertThat(context.roundBoard().history(MEETING).events()).containsExactly(first, second);
        assertThat(board().seat(room.podium(0)).orElseThrow().state()).isEqualTo(SeatServiceState.SERVED);
    }

    @Test
    void aLateEntryKeepsItsRealTimeAndIsFlagged() {
        log.startMeeting(MEETING);
        clock.set(minutes(30));

        ServiceEvent late = log.markServedEarlier(visit(room, room.podium(1)), 5);

        assertThat(late.occurredAt()).isEqualTo(minutes(25));
        assertThat(late.recordedAt()).isEqualTo(minutes(30));
        assertThat(late.late()).isTrue();
        assertThat(log.markServed(visit(room, room.podium(2))).late()).isFalse();
        assertThat(board().seat(room.podium(1)).orElseThrow().minutesSinceServed()).isEqualTo(5);
        assertThatThrownBy(() -> log.markServedEarlier(visit(room, room.podium(1)), 0))
                .isInstanceOfSatisfying(ServiceRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(ServiceProblem.LATE_ENTRY_OUT_OF_RANGE));
    }

    @Test
    void theMeetingStartsPausesResumesAndEndsInOrderOnly() {
        assertThatThrownBy(() -> log.pause(MEETING)).isInstanceOfSatisfying(ServiceRejectedException.class,
                e -> assertThat(e.problem()).isEqualTo(ServiceProblem.MEETING_NOT_STARTED));
        log.startMeeting(MEETING);
        assertThatThrownBy(() -> log.startMeeting(MEETING)).isInstanceOfSatisfying(ServiceRejectedException.class,
                e -> assertThat(e.problem()).isEqualTo(ServiceProblem.MEETING_ALREADY_STARTED));
        assertThatThrownBy(() -> log.resume(MEETING)).isInstanceOfSatisfying(ServiceRejectedException.class,
                e -> assertThat(e.problem()).isEqualTo(ServiceProblem.MEETING_NOT_PAUSED));
        clock.set(minutes(10));
        log.pause(MEETING);
        assertThat(board().meeting()).isEqualTo(MeetingState.PAUSED);
        clock.set(minutes(25));
        log.resume(MEETING);
        clock.set(minutes(90));
        log.endMeeting(MEETING);

        assertThat(board().meeting()).isEqualTo(MeetingState.ENDED);
        assertThatThrownBy(() -> log.pause(MEETING)).isInstanceOfSatisfying(ServiceRejectedException.class,
                e -> assertThat(e.problem()).isEqualTo(ServiceProblem.MEETING_ENDED));
    }

    @Test
    void declineAndUndoToggleTheSeat() {
        log.startMeeting(MEETING);
        log.markServed(visit(room, room.podium(0)));
        clock.set(minutes(2));
        log.decline(visit(room, room.podium(0)));
        clock.set(minutes(30));
        assertThat(board().seat(room.podium(0)).orElseThrow().state()).isEqualTo(SeatServiceState.DECLINED);

        log.undoDecline(visit(room, room.podium(0)));
        clock.set(minutes(31));

        assertThat(board().seat(room.podium(0)).orElseThrow().state()).isEqualTo(SeatServiceState.OVERDUE);
    }

    @Test
    void aSpeakerIsShownDoNotDisturbUntilTheyFinish() {
        log.startMeeting(MEETING);
        UUID person = room.occupants.get(room.podium(0));
        log.speakerStarted(MEETING, room.podium(0), person);
        assertThat(context.roundBoard().history(MEETING).phases().stream().filter(p -> p.phase().isSpeaker())
                .findFirst().orElseThrow().attendeeId())
                .as("the mark is stored with the person").isEqualTo(person);
        assertThat(board().seat(room.podium(0)).orElseThrow().state()).isEqualTo(SeatServiceState.DO_NOT_DISTURB);
        clock.set(minutes(5));
        log.speakerEnded(MEETING, room.podium(0), person);
        assertThat(board().seat(room.podium(0)).orElseThrow().state()).isEqualTo(SeatServiceState.NOT_SERVED);
    }

    @Test
    void eventsInAnOpenRoundOfTheSeatsZoneCarryTheRoundNumber() {
        UUID podiumZone = UUID.randomUUID();
        List<PlannedSeat> podium = room.seatsOf(RoundsFixture.PODIUM);
        context.servicePlans().save(room.plan.withZones(List.of(new ServiceZone(podiumZone, "王芳",
                Set.copyOf(podium.stream().map(PlannedSeat::key).toList())))), room.seats);
        log.startMeeting(MEETING);

        ServiceRound round = log.startRound(MEETING, podiumZone, "王芳");
        ServiceRound other = log.startRound(MEETING, ServiceZone.EVERYONE, "张敏");

        assertThat(round.number()).isEqualTo(1);
        assertThat(other.number()).isEqualTo(2);
        assertThat(log.markServed(visit(room, room.podium(0))).roundNumber()).isEqualTo(1);
        assertThat(log.markServed(visit(room, room.audience(0))).roundNumber()).isEqualTo(2);
        log.closeRound(round);
        assertThat(log.markServed(visit(room, room.podium(1))).roundNumber()).isEqualTo(other.number());
        log.closeRound(other);
        assertThat(log.markServed(visit(room, room.podium(2))).roundNumber()).isZero();
    }

    @Test
    void aRoundForEveryoneServesEverySeatEvenWhenAllSeatsAreZoned() {
        UUID podiumZone = UUID.randomUUID();
        UUID audienceZone = UUID.randomUUID();
        context.servicePlans().save(room.plan.withZones(List.of(
                new ServiceZone(podiumZone, "王芳", keysOf(RoundsFixture.PODIUM)),
                new ServiceZone(audienceZone, "李静", room.seats.stream().map(PlannedSeat::key)
                        .filter(key -> !keysOf(RoundsFixture.PODIUM).contains(key)).collect(java.util.stream.Collectors.toSet())))),
                room.seats);
        log.startMeeting(MEETING);

        ServiceRound round = log.startRound(MEETING, ServiceZone.EVERYONE, "张敏");
        BoardSnapshot snapshot = context.roundBoard().load(MEETING);

        assertThat(new RouteOrder().route(snapshot.at(minutes(0)), snapshot.plan(), ServiceZone.EVERYONE))
                .hasSize(room.seats.size());
        assertThat(log.markServed(visit(room, room.audience(0))).roundNumber()).isEqualTo(round.number());
        assertThat(new MissedSeats().of(context.roundBoard().load(MEETING), round, minutes(1)))
                .hasSize(room.seats.size() - 1);
    }

    @Test
    void aZoneWithNoSeatToServeStartsNoRoundAndStoresNone() {
        UUID podiumZone = UUID.randomUUID();
        context.servicePlans().save(room.plan.withZones(List.of(new ServiceZone(podiumZone, "王芳",
                keysOf(RoundsFixture.PODIUM)))), room.seats);
        log.startMeeting(MEETING);
        for (PlannedSeat seat : room.seatsOf(RoundsFixture.PODIUM)) {
            log.decline(visit(room, seat.key()));
        }

        assertThatThrownBy(() -> log.startRound(MEETING, podiumZone, "王芳"))
                .isInstanceOfSatisfying(ServiceRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(ServiceProblem.ROUND_WITHOUT_SEATS));
        assertThat(context.roundBoard().history(MEETING).rounds()).isEmpty();
    }

    private Set<String> keysOf(UUID block) {
        return Set.copyOf(room.seatsOf(block).stream().map(PlannedSeat::key).toList());
    }

    @Test
    void closingARoundRecordsTheDueSeatsItMissedWithTheirReasons() {
        log.startMeeting(MEETING);
        for (PlannedSeat seat : room.seatsOf(RoundsFixture.PODIUM)) {
            log.markServed(visit(room, seat.key()));
        }
        clock.set(minutes(5));
        log.markServed(visit(room, room.audience(0)));
        context.roster().checkIn(room.occupants.get(room.audience(2)), org.huiwu.model.CheckInStatus.ABSENT);
        log.decline(visit(room, room.audience(3)));
        clock.set(minutes(18));
        ServiceRound round = log.startRound(MEETING, ServiceZone.EVERYONE, "张敏");
        log.markServed(visit(room, room.podium(0)));
        log.skip(visit(room, room.podium(1)), SkipReason.ON_PHONE);
        clock.set(minutes(19));

        List<ServiceEvent> missed = log.closeRound(round);

        assertThat(missed).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(ServiceEventKind.MISSED);
            assertThat(e.roundNumber()).isEqualTo(1);
        });
        assertThat(missed).filteredOn(e -> e.seatKey().equals(room.podium(1))).singleElement()
                .extracting(ServiceEvent::skipReason).isEqualTo(SkipReason.ON_PHONE);
        assertThat(missed).filteredOn(e -> e.seatKey().equals(room.podium(2))).singleElement()
                .extracting(ServiceEvent::skipReason).isNull();
        assertThat(missed).extracting(ServiceEvent::seatKey)
                .doesNotContain(room.podium(0), room.audience(0), room.audience(2), room.audience(3))
                .contains(room.audience(1))
                .hasSize(room.seats.size() - 4);
        assertThat(context.roundBoard().history(MEETING).rounds()).singleElement()
                .satisfies(r -> assertThat(r.closedAt()).isEqualTo(minutes(19)));
        assertThatThrownBy(() -> log.closeRound(round)).isInstanceOfSatisfying(ServiceRejectedException.class,
                e -> assertThat(e.problem()).isEqualTo(ServiceProblem.ROUND_NOT_OPEN));
    }
}
