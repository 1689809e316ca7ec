package org.huiwu.logic.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.logic.rounds.RoundsFixture.minutes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.rounds.MeetingPhase;
import org.huiwu.model.rounds.MeetingPhaseEvent;
import org.huiwu.model.rounds.MeetingState;
import org.junit.jupiter.api.Test;

/** The meeting's clock: running time only while the meeting runs, per seat less its speaking time. */
class ActiveTimeTest {

    @Test
    void timeRunsFromTheStartOnlyAndStopsAtTheEnd() {
        RoundsFixture room = new RoundsFixture().phase(MeetingPhase.START, minutes(10))
                .phase(MeetingPhase.END, minutes(70));
        ActiveTime time = ActiveTime.of(room.phases);

        assertThat(time.between(minutes(0), minutes(30))).isEqualTo(Duration.ofMinutes(20));
        assertThat(time.between(minutes(60), minutes(90))).isEqualTo(Duration.ofMinutes(10));
        assertThat(time.between(minutes(30), minutes(20))).isZero();
        assertThat(time.stateAt(minutes(5))).isEqualTo(MeetingState.NOT_STARTED);
        assertThat(time.stateAt(minutes(10))).isEqualTo(MeetingState.RUNNING);
        assertThat(time.stateAt(minutes(71))).isEqualTo(MeetingState.ENDED);
        assertThat(time.startedAt()).isEqualTo(minutes(10));
    }

    @Test
    void aBreakStopsTheClockUntilTheMeetingResumes() {
        RoundsFixture room = new RoundsFixture().phase(MeetingPhase.START, minutes(0))
                .phase(MeetingPhase.PAUSE, minutes(30)).phase(MeetingPhase.RESUME, minutes(45));
        ActiveTime time = ActiveTime.of(room.phases);

        assertThat(time.between(minutes(20), minutes(50))).isEqualTo(Duration.ofMinutes(15));
        assertThat(time.between(minutes(31), minutes(44))).isZero();
        assertThat(time.stateAt(minutes(40))).isEqualTo(MeetingState.PAUSED);
        assertThat(time.stateAt(minutes(45))).isEqualTo(MeetingState.RUNNING);
    }

    @Test
    void aSpeakerStopsOnlyTheirOwnSeat() {
        RoundsFixture room = new RoundsFixture();
        String speaker = room.podium(0);
        room.phase(MeetingPhase.START, minutes(0)).speaker(MeetingPhase.SPEAKER_STARTED, speaker, minutes(10))
                .speaker(MeetingPhase.SPEAKER_ENDED, speaker, minutes(25));
        ActiveTime time = ActiveTime.of(room.phases);

        assertThat(time.between(speaker, room.occupants.get(speaker), minutes(0), minutes(30))).isEqualTo(Duration.ofMinutes(15));
        assertThat(time.between(room.podium(1), null, minutes(0), minutes(30))).isEqualTo(Duration.ofMinutes(30));
        assertThat(time.speakingAt(speaker, room.occupants.get(speaker), minutes(12))).isTrue();
        assertThat(time.speakingAt(speaker, room.occupants.get(speaker), minutes(25))).isFalse();
    }

    @Test
    void aSpeechFollowsItsPersonAndAMarkStoredWithoutOneStaysOnItsSeat() {
        RoundsFixture room = new RoundsFixture();
        String speaker = room.podium(0);
        String other = room.podium(1);
        UUID person = room.occupants.get(speaker);
        room.phase(MeetingPhase.START, minutes(0)).speaker(MeetingPhase.SPEAKER_STARTED, speaker, minutes(10))
                .seatSpeaker(MeetingPhase.SPEAKER_STARTED, other, minutes(10));
        ActiveTime time = ActiveTime.of(room.phases);

        assertThat(time.speakingAt(other, person, minutes(12))).as("the person in another seat").isTrue();
        assertThat(time.speakingAt(speaker, room.occupants.get(other), minutes(12))).as("someone else in their seat")
                .isFalse();
        assertThat(time.speakingAt(other, null, minutes(12))).as("a mark that named nobody").isTrue();
        assertThat(time.speakersAt(minutes(12))).containsExactly(person);
        assertThat(time.between(other, person, minutes(0), minutes(20))).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aSpeechDuringABreakIsNotCountedTwice() {
        RoundsFixture room = new RoundsFixture();
        String speaker = room.podium(0);
        room.phase(MeetingPhase.START, minutes(0)).speaker(MeetingPhase.SPEAKER_STARTED, speaker, minutes(10))
                .phase(MeetingPhase.PAUSE, minutes(15)).phase(MeetingPhase.RESUME, minutes(25))
                .speaker(MeetingPhase.SPEAKER_ENDED, speaker, minutes(30));
        ActiveTime time = ActiveTime.of(room.phases);

        assertThat(time.between(speaker, room.occupants.get(speaker), minutes(0), minutes(40))).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void aMeetingAcrossMidnightCountsStraightThrough() {
        ZoneId beijing = ZoneId.of("Asia/Shanghai");
        Instant start = LocalDateTime.of(2026, 12, 31, 23, 40).atZone(beijing).toInstant();
        Instant later = LocalDateTime.of(2027, 1, 1, 0, 25).atZone(beijing).toInstant();
        RoundsFixture room = new RoundsFixture().phase(MeetingPhase.START, start);

        assertThat(ActiveTime.of(room.phases).between(start, later)).isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void repeatedOrOutOfOrderChangesAreIgnored() {
        RoundsFixture room = new RoundsFixture().phase(MeetingPhase.RESUME, minutes(0))
                .phase(MeetingPhase.START, minutes(10)).phase(MeetingPhase.START, minutes(20))
                .phase(MeetingPhase.PAUSE, minutes(30)).phase(MeetingPhase.PAUSE, minutes(35));
        List<MeetingPhaseEvent> shuffled = new ArrayList<>(room.phases);
        Collections.reverse(shuffled);
        ActiveTime time = ActiveTime.of(shuffled);

        assertThat(time.between(minutes(0), minutes(60))).isEqualTo(Duration.ofMinutes(20));
    }
}
