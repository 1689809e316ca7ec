package org.huiwu.logic.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.logic.rounds.RoundsFixture.minutes;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.huiwu.model.Side;
import org.huiwu.model.rounds.MeetingPhase;
import org.huiwu.model.rounds.SeatService;
import org.huiwu.model.rounds.ServedScope;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.model.rounds.ServiceRound;
import org.huiwu.model.rounds.ServiceZone;
import org.huiwu.model.rounds.SkipReason;
import org.huiwu.model.seating.PlannedSeat;
import org.junit.jupiter.api.Test;

/** The serving route of a zone and the next seat on it. */
class RouteOrderTest {

    private static final UUID TALKS_ZONE = UUID.randomUUID();

    private final RoundsFixture room = new RoundsFixture();
    private final RouteOrder order = new RouteOrder();

    private void zoneTheTalksTable() {
        room.plan = room.plan.withZones(List.of(new ServiceZone(TALKS_ZONE, "李娜",
                Set.copyOf(room.seatsOf(RoundsFixture.TALKS).stream().map(PlannedSeat::key).toList()))));
    }

    @Test
    void theRouteGoesByRankWithTheGuestBeforeTheHost() {
        zoneTheTalksTable();
        room.phase(MeetingPhase.START, minutes(0));
        SeatBoard board = room.snapshot().at(minutes(1));

        List<SeatService> route = order.route(board, room.plan, TALKS_ZONE);

        List<PlannedSeat> talks = room.seatsOf(RoundsFixture.TALKS);
        assertThat(route).extracting(SeatService::seatKey).containsExactlyElementsOf(talks.stream()
                .map(PlannedSeat::key).toList());
        assertThat(talks).extracting(PlannedSeat::party)
                .containsExactly(Side.GUEST, Side.HOST, Side.GUEST, Side.HOST);
    }

    @Test
    void theEveryoneZoneServesEverySeatZonedOrNotFromNumberOneOutward() {
        zoneTheTalksTable();
        SeatBoard board = room.snapshot().at(minutes(1));

        List<SeatService> route = order.route(board, room.plan, ServiceZone.EVERYONE);

        assertThat(route).extracting(SeatService::seatKey)
                .containsExactlyElementsOf(board.seats().stream().map(SeatService::seatKey).toList());
        assertThat(route.get(0).seatKey()).isEqualTo(room.podium(0));
    }

    @Test
    void theRouteLeavesOutAbsentDeclinedAndUnservedSeats() {
        room.plan = room.plan.withScope(ServedScope.TABLES);
        room.absent(room.podium(1)).event(room.podium(2), ServiceEventKind.DECLINED, minutes(0));

        List<SeatService> route = order.route(room.snapshot().at(minutes(1)), room.plan, ServiceZone.EVERYONE);

        assertThat(route).extracting(SeatService::seatKey).startsWith(room.podium(0)).hasSize(5)
                .doesNotContain(room.podium(1), room.podium(2), room.audience(0));
    }

    @Test
    void theNextSeatIsTheFirstNotYetServedOrSkippedInTheRoundAndNotSpeaking() {
        room.phase(MeetingPhase.START, minutes(0));
        ServiceRound round = new ServiceRound(RoundsFixture.MEETING, 1, ServiceZone.EVERYONE, "张敏", minutes(20), null);
        room.rounds.add(round);
        room.pour(room.podium(0), minutes(1)).pour(room.podium(1), minutes(1));
        assertThat(order.next(room.snapshot().at(minutes(20)), room.snapshot(), round)).map(SeatService::seatKey)
                .contains(room.podium(0));

        room.event(room.podium(0), ServiceEventKind.REFILL, null, 1, minutes(21), minutes(21))
                .event(room.podium(1), ServiceEventKind.SKIPPED, SkipReason.ON_PHONE, 1, minutes(21), minutes(21))
                .speaker(MeetingPhase.SPEAKER_STARTED, room.podium(2), minutes(21));
        BoardSnapshot snapshot = room.snapshot();

        assertThat(order.next(snapshot.at(minutes(22)), snapshot, round)).map(SeatService::seatKey)
                .contains(room.seatsOf(RoundsFixture.TALKS).get(0).key());
    }

    @Test
    void aPourWhileTheRoundIsOpenCountsEvenWithoutItsNumber() {
        ServiceRound round = new ServiceRound(RoundsFixture.MEETING, 1, ServiceZone.EVERYONE, "张敏", minutes(20), null);
        room.pour(room.podium(0), minutes(21));

        assertThat(RoundProgress.of(round, room.events).handled(room.podium(0))).isTrue();
        assertThat(RoundProgress.of(round.closed(minutes(20.5)), room.events).handled(room.podium(0))).isFalse();
    }
}
