package org.huiwu.logic.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.logic.rounds.RoundsFixture.minutes;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.huiwu.model.rounds.MeetingPhase;
import org.huiwu.model.rounds.MeetingState;
import org.huiwu.model.rounds.SeatService;
import org.huiwu.model.rounds.SeatServiceState;
import org.huiwu.model.rounds.ServedScope;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.model.rounds.SkipReason;
import org.junit.jupiter.api.Test;

/** Seat states on the round board at fixed and offset clocks. Interval 20 min, due soon 3 min. */
class BoardSnapshotTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final RoundsFixture room = new RoundsFixture();

    private SeatService seat(BoardSnapshot snapshot, Clock clock, String key) {
        return new RoundBoard(null, null, null, null, clock).now(snapshot).seat(key).orElseThrow();
    }

    @Test
    void aSeatGoesFromNotServedToServedDueSoonAndOverdue() {
        String key = room.podium(0);
        room.phase(MeetingPhase.START, minutes(0));
        assertThat(room.snapshot().at(minutes(1)).seat(key).orElseThrow().state())
                .isEqualTo(SeatServiceState.NOT_SERVED);

        room.pour(key, minutes(2));
        BoardSnapshot snapshot = room.snapshot();
        Clock fixed = Clock.fixed(minutes(2), BEIJING);

        SeatService served = seat(snapshot, Clock.offset(fixed, Duration.ofMinutes(10)), key);
        assertThat(served.state()).isEqualTo(SeatServiceState.SERVED);
        assertThat(served.minutesSinceServed()).isEqualTo(10);
        assertThat(served.dueAt()).isEqualTo(minutes(22));
        assertThat(served.attendeeId()).isEqualTo(room.occupants.get(key));
        assertThat(seat(snapshot, Clock.offset(fixed, Duration.ofMinutes(17)), key).state())
                .isEqualTo(SeatServiceState.DUE_SOON);
        assertThat(seat(snapshot, Clock.offset(fixed, Duration.ofMinutes(20)), key).state())
                .isEqualTo(SeatServiceState.OVERDUE);
        assertThat(seat(snapshot, Clock.offset(fixed, Duration.ofMinutes(20)), key).dueAt()).isEqualTo(minutes(22));
    }

    @Test
    void aDeclineFollowsItsPersonToANewSeatAndDoesNotPassToTheNewOccupant() {
        String first = room.podium(0);
        String second = room.podium(1);
        room.phase(MeetingPhase.START, minutes(0)).event(first, ServiceEventKind.DECLINED, minutes(1));
        Map<String, UUID> swapped = new java.util.LinkedHashMap<>(room.occupants);
        swapped.put(first, room.occupants.get(second));
        swapped.put(second, room.occupants.get(first));

        SeatBoard board = room.snapshot().withSeating(org.huiwu.model.seating.SeatAssignments.of(swapped,
                java.util.Set.of()), room.attendees).at(minutes(2));

        assertThat(board.seat(second).orElseThrow().state()).isEqualTo(SeatServiceState.DECLINED);
        assertThat(board.seat(first).orElseThrow().state()).isEqualTo(SeatServiceState.NOT_SERVED);
    }

    @Test
    void aSpeakerStaysMarkedInTheirNewSeatAndTheNewOccupantOfTheOldSeatIsNot() {
        String first = room.podium(0);
        String second = room.podium(1);
        room.phase(MeetingPhase.START, minutes(0)).pour(first, minutes(0)).pour(second, minutes(0))
                .speaker(MeetingPhase.SPEAKER_STARTED, first, minutes(1));
        Map<String, UUID> swapped = new java.util.LinkedHashMap<>(room.occupants);
        swapped.put(first, room.occupants.get(second));
        swapped.put(second, room.occupants.get(first));

        SeatBoard board = room.snapshot().withSeating(org.huiwu.model.seating.SeatAssignments.of(swapped,
                java.util.Set.of()), room.attendees).at(minutes(2));

        assertThat(board.seat(second).orElseThrow().state()).isEqualTo(SeatServiceState.DO_NOT_DISTURB);
        assertThat(board.seat(first).orElseThrow().state()).isEqualTo(SeatServiceState.SERVED);
    }

    @Test
    void aBreakStopsEveryTimer() {
        String key = room.podium(0);
        room.phase(MeetingPhase.START, minutes(0)).pour(key, minutes(0))
                .phase(MeetingPhase.PAUSE, minutes(10)).phase(MeetingPhase.RESUME, minutes(40));

        SeatBoard duringBreak = room.snapshot().at(minutes(35));
        assertThat(duringBreak.meeting()).isEqualTo(MeetingState.PAUSED);
        assertThat(duringBreak.seat(key).orElseThrow().state()).isEqualTo(SeatServiceState.SERVED);
        assertThat(duringBreak.seat(key).orElseThrow().minutesSinceServed()).isEqualTo(10);
        assertThat(duringBreak.seat(key).orElseThrow().dueAt()).isNull();
        assertThat(room.snapshot().at(minutes(47)).seat(key).orElseThrow().state())
                .isEqualTo(SeatServiceState.DUE_SOON);
        assertThat(room.snapshot().at(minutes(50)).seat(key).orElseThrow().state())
                .isEqualTo(SeatServiceState.OVERDUE);
    }

    @Test
    void aFirstPourBeforeTheStartCountsFromTheStart() {
        String key = room.podium(0);
        room.pour(key, minutes(-5)).phase(MeetingPhase.START, minutes(0));

        assertThat(room.snapshot().at(minutes(19)).seat(key).orElseThrow().minutesSinceServed()).isEqualTo(19);
        assertThat(room.snapshot().at(minutes(-1)).seat(key).orElseThrow().state()).isEqualTo(SeatServiceState.SERVED);
    }

    @Test
    void aSpeakerIsNotDisturbedAndTheirTimerPauses() {
        String speaker = room.podium(0);
        room.phase(MeetingPhase.START, minutes(0)).pour(speaker, minutes(0)).pour(room.podium(1), minutes(0))
                .speaker(MeetingPhase.SPEAKER_STARTED, speaker, minutes(5))
                .speaker(MeetingPhase.SPEAKER_ENDED, speaker, minutes(25));

        SeatBoard speaking = room.snapshot().at(minutes(21));
        assertThat(speaking.seat(speaker).orElseThrow().state()).isEqualTo(SeatServiceState.DO_NOT_DISTURB);
        assertThat(speaking.seat(room.podium(1)).orElseThrow().state()).isEqualTo(SeatServiceState.OVERDUE);
        SeatService after = room.snapshot().at(minutes(30)).seat(speaker).orElseThrow();
        assertThat(after.state()).isEqualTo(SeatServiceState.SERVED);
        assertThat(after.minutesSinceServed()).isEqualTo(10);
    }

    @Test
    void aDeclineStopsTheSeatUntilUndone() {
        String key = room.podium(1);
        room.phase(MeetingPhase.START, minutes(0)).pour(key, minutes(0))
                .event(key, ServiceEventKind.DECLINED, minutes(5));
        assertThat(room.snapshot().at(minutes(40)).seat(key).orElseThrow().state())
                .isEqualTo(SeatServiceState.DECLINED);

        room.event(key, ServiceEventKind.DECLINE_UNDONE, minutes(41));
        assertThat(room.snapshot().at(minutes(41)).seat(key).orElseThrow().state())
                .isEqualTo(SeatServiceState.OVERDUE);
    }

    @Test
    void aPourAfterADeclineEndsTheDecline() {
        String key = room.podium(1);
        room.phase(MeetingPhase.START, minutes(0)).event(key, ServiceEventKind.DECLINED, minutes(1))
                .pour(key, minutes(10));

        assertThat(room.snapshot().at(minutes(11)).seat(key).orElseThrow().state())
                .isEqualTo(SeatServiceState.SERVED);
    }

    @Test
    void emptySeatsAndAbsentPeopleShowAbsent() {
        room.empty(room.audience(0)).absent(room.audience(1)).phase(MeetingPhase.START, minutes(0));

        SeatBoard board = room.snapshot().at(minutes(1));
        assertThat(board.seat(room.audience(0)).orElseThrow().state()).isEqualTo(SeatServiceState.ABSENT);
        assertThat(board.seat(room.audience(0)).orElseThrow().attendeeId()).isNull();
        assertThat(board.seat(room.audience(1)).orElseThrow().state()).isEqualTo(SeatServiceState.ABSENT);
        assertThat(board.count(SeatServiceState.ABSENT)).isEqualTo(2);
        assertThat(board.count(SeatServiceState.NOT_SERVED)).isEqualTo(room.seats.size() - 2);
    }

    @Test
    void theScopeLeavesOutSeatsThePlanDoesNotServe() {
        room.plan = room.plan.withScope(ServedScope.TABLES);
        SeatBoard tables = room.snapshot().at(minutes(1));
        assertThat(tables.seat(room.audience(0)).orElseThrow().state()).isEqualTo(SeatServiceState.NOT_IN_SCOPE);
        assertThat(tables.seat(room.seatsOf(RoundsFixture.TALKS).get(0).key()).orElseThrow().state())
                .isEqualTo(SeatServiceState.NOT_SERVED);

        room.plan = room.plan.withScope(ServedScope.PODIUM_ONLY);
        SeatBoard podium = room.snapshot().at(minutes(1));
        assertThat(podium.count(SeatServiceState.NOT_IN_SCOPE)).isEqualTo(room.seats.size() - 3);
        assertThat(podium.seat(room.podium(2)).orElseThrow().state()).isEqualTo(SeatServiceState.NOT_SERVED);
    }

    @Test
    void thePodiumCanHaveItsOwnInterval() {
        room.plan = room.plan.withIntervals(20, Map.of(RoundsFixture.PODIUM, 15));
        room.phase(MeetingPhase.START, minutes(0)).pour(room.podium(0), minutes(0)).pour(room.audience(0), minutes(0));

        SeatBoard board = room.snapshot().at(minutes(15));
        assertThat(board.seat(room.podium(0)).orElseThrow().state()).isEqualTo(SeatServiceState.OVERDUE);
        assertThat(board.seat(room.audience(0)).orElseThrow().state()).isEqualTo(SeatServiceState.SERVED);
        assertThat(board.seat(room.audience(0)).orElseThrow().dueAt()).isEqualTo(minutes(20));
    }

    @Test
    void aMeetingAcrossMidnightGoesOverdueOnTheNextDay() {
        String key = room.podium(0);
        var start = LocalDateTime.of(2026, 12, 31, 23, 50).atZone(BEIJING).toInstant();
        room.phase(MeetingPhase.START, start).pour(key, start);
        Clock beforeMidnight = Clock.fixed(start, BEIJING);

        assertThat(seat(room.snapshot(), Clock.offset(beforeMidnight, Duration.ofMinutes(9)), key).state())
                .isEqualTo(SeatServiceState.SERVED);
        SeatService after = seat(room.snapshot(), Clock.offset(beforeMidnight, Duration.ofMinutes(21)), key);
        assertThat(after.state()).isEqualTo(SeatServiceState.OVERDUE);
        assertThat(after.minutesSinceServed()).isEqualTo(21);
    }

    @Test
    void skipsTowelsAndNotesDoNotResetTheTimer() {
        String key = room.podium(0);
        room.phase(MeetingPhase.START, minutes(0)).pour(key, minutes(0))
                .event(key, ServiceEventKind.TOWEL, minutes(10))
                .event(key, ServiceEventKind.SKIPPED, SkipReason.ON_PHONE, 1, minutes(19), minutes(19));

        assertThat(room.snapshot().at(minutes(20)).seat(key).orElseThrow().state())
                .isEqualTo(SeatServiceState.OVERDUE);
    }

    @Test
    void theBoardListsEverySeatInHonourOrder() {
        SeatBoard board = room.snapshot().at(minutes(0));

        assertThat(board.seats()).extracting(SeatService::seatKey)
                .containsExactlyElementsOf(room.seats.stream().map(s -> s.key()).toList());
        assertThat(board.meeting()).isEqualTo(MeetingState.NOT_STARTED);
    }

    @Test
    void addingATapOrAPhaseToASnapshotGivesTheSameBoardAsRebuildingIt() {
        room.phase(MeetingPhase.START, minutes(0)).pour(room.podium(0), minutes(0)).pour(room.podium(1), minutes(1));
        BoardSnapshot before = room.snapshot();

        room.pour(room.podium(0), minutes(21)).event(room.podium(1), ServiceEventKind.DECLINED, minutes(22))
                .speaker(MeetingPhase.SPEAKER_STARTED, room.podium(2), minutes(23));
        BoardSnapshot added = before.with(room.events.get(2)).with(room.events.get(3)).with(room.phases.get(1));

        assertThat(added.at(minutes(30)).seats()).isEqualTo(room.snapshot().at(minutes(30)).seats());
        assertThat(added.history().events()).hasSize(4);
        assertThat(before.at(minutes(30)).seat(room.podium(0)).orElseThrow().minutesSinceServed()).isEqualTo(30);
    }
}
