package org.huiwu.logic.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.huiwu.logic.rounds.RoundsFixture.minutes;

import org.huiwu.model.rounds.Consumables;
import org.huiwu.model.rounds.MeetingPhase;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.model.rounds.ServiceHistory;
import org.huiwu.model.rounds.ServiceRound;
import org.huiwu.model.rounds.ServiceZone;
import org.junit.jupiter.api.Test;

/** The after-meeting figures from a known history. */
class ServiceSummaryTest {

    private final RoundsFixture room = new RoundsFixture();

    @Test
    void countsRoundsPoursRefillsIntervalsMissedLateAndConsumables() {
        String a = room.podium(0);
        String b = room.podium(1);
        room.phase(MeetingPhase.START, minutes(0)).phase(MeetingPhase.PAUSE, minutes(30))
                .phase(MeetingPhase.RESUME, minutes(40));
        room.rounds.add(new ServiceRound(RoundsFixture.MEETING, 1, ServiceZone.EVERYONE, "张敏", minutes(20), minutes(25)));
        room.rounds.add(new ServiceRound(RoundsFixture.MEETING, 2, ServiceZone.EVERYONE, "张敏", minutes(45), null));
        room.pour(a, minutes(0)).pour(a, minutes(20)).pour(a, minutes(50))
                .pour(b, minutes(0))
                .event(b, ServiceEventKind.REFILL, null, 1, minutes(18), minutes(24))
                .event(room.podium(2), ServiceEventKind.MISSED, null, 1, minutes(25), minutes(25))
                .event(a, ServiceEventKind.TOWEL, minutes(1)).event(b, ServiceEventKind.TOWEL, minutes(1));
        ServiceHistory history = new ServiceHistory(room.plan, room.events, room.phases, room.rounds,
                new Consumables(10, 8, 2, 2));

        ServiceSummary summary = ServiceSummary.of(history);

        assertThat(summary.rounds()).isEqualTo(2);
        assertThat(summary.pours()).isEqualTo(5);
        assertThat(summary.refillsBySeat()).containsEntry(a, 2).containsEntry(b, 1).hasSize(2);
        assertThat(summary.intervalBySeat().get(a)).isCloseTo(20.0, within(1e-9));
        assertThat(summary.intervalBySeat().get(b)).isCloseTo(18.0, within(1e-9));
        assertThat(summary.averageInterval()).hasValueCloseTo(58.0 / 3, within(1e-9));
        assertThat(summary.missed()).isEqualTo(1);
        assertThat(summary.late()).isEqualTo(1);
        assertThat(summary.entered()).isEqualTo(new Consumables(10, 8, 2, 2));
        assertThat(summary.counted()).isEqualTo(new Consumables(2, 0, 0, 2));
    }

    @Test
    void anEmptyHistoryHasNoAverage() {
        ServiceSummary summary = ServiceSummary.of(room.history());

        assertThat(summary.rounds()).isZero();
        assertThat(summary.averageInterval()).isEmpty();
        assertThat(summary.counted()).isEqualTo(Consumables.NONE);
    }
}
