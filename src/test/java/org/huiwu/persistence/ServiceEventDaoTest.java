package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.huiwu.model.Meeting;
import org.huiwu.model.rounds.MeetingPhase;
import org.huiwu.model.rounds.MeetingPhaseEvent;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.model.rounds.ServicePlan;
import org.huiwu.model.rounds.ServiceRound;
import org.huiwu.model.rounds.ServiceZone;
import org.huiwu.model.rounds.SkipReason;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seat events, phase changes and rounds on real H2 with the real migrations. */
@Tag("dao")
class ServiceEventDaoTest {

    private static final Instant T = Instant.parse("2026-12-31T15:55:00Z");

    @TempDir
    Path dataDir;

    private Database database;
    private ServiceEventDao events;
    private UUID meetingId;

    @BeforeEach
    void openDatabase() {
        database = TestStores.fresh(dataDir);
        events = database.dao(ServiceEventDao.class);
        Meeting meeting = Meeting.blank(UUID.randomUUID(), "茶水测试", LocalDate.of(2026, 12, 31));
        database.dao(MeetingDao.class).save(meeting, Instant.EPOCH);
        meetingId = meeting.id();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private ServiceEvent event(String seat, ServiceEventKind kind, SkipReason reason, Instant at) {
        return new ServiceEvent(UUID.randomUUID(), meetingId, seat, null, "张敏", kind, reason, "备注", 0, at,
                at.plusSeconds(400));
    }

    @Test
    void eventsComeBackWholeInTimeOrder() {
        ServiceEvent later = new ServiceEvent(UUID.randomUUID(), meetingId, "a/1/1", UUID.randomUUID(), "张敏",
                ServiceEventKind.REFILL, null, "", 2, T.plusSeconds(1200), T.plusSeconds(1200));
        ServiceEvent earlier = event("a/1/2", ServiceEventKind.SKIPPED, SkipReason.ON_PHONE, T);

        events.add(later);
        events.add(earlier);

        assertThat(events.events(meetingId)).containsExactly(earlier, later);
        assertThat(events.events(meetingId).get(0).late()).isTrue();
    }

    @Test
    void phasesAndRoundsComeBackWhole() {
        MeetingPhaseEvent start = new MeetingPhaseEvent(UUID.randomUUID(), meetingId, MeetingPhase.START, null, T);
        MeetingPhaseEvent speaker = new MeetingPhaseEvent(UUID.randomUUID(), meetingId, MeetingPhase.SPEAKER_STARTED,
                "a/1/1", UUID.randomUUID(), T.plusSeconds(60));
        events.add(speaker, T.plusSeconds(60));
        events.add(start, T);

        int first = events.openRound(meetingId, ServiceZone.EVERYONE, "张敏", T.plusSeconds(600));
        int second = events.openRound(meetingId, ServiceZone.EVERYONE, "张敏", T.plusSeconds(700));
        assertThat(events.closeRound(meetingId, first, T.plusSeconds(900), List.of())).isTrue();
        assertThat(events.closeRound(meetingId, first, T.plusSeconds(950), List.of())).isFalse();

        assertThat(events.phases(meetingId)).containsExactly(start, speaker);
        assertThat(events.rounds(meetingId)).containsExactly(
                new ServiceRound(meetingId, first, ServiceZone.EVERYONE, "张敏", T.plusSeconds(600), T.plusSeconds(900)),
                new ServiceRound(meetingId, second, ServiceZone.EVERYONE, "张敏", T.plusSeconds(700), null));
    }

    @Test
    void theStandingOfASeatNamesTheOpenRoundOfItsZoneAndEarlierPours() {
        UUID zone = UUID.randomUUID();
        database.dao(ServicePlanDao.class).save(ServicePlan.defaults(meetingId)
                .withZones(List.of(new ServiceZone(zone, "王芳", Set.of("podium/1/1")))), T);
        int zoneRound = events.openRound(meetingId, zone, "王芳", T);
        int everyoneRound = events.openRound(meetingId, ServiceZone.EVERYONE, "张敏", T);

        assertThat(events.standingOf(meetingId, "podium/1/1"))
                .isEqualTo(new ServiceEventDao.SeatStanding(zoneRound, false));
        events.add(event("audience/1/1", ServiceEventKind.FIRST_POUR, null, T));
        assertThat(events.standingOf(meetingId, "audience/1/1"))
                .isEqualTo(new ServiceEventDao.SeatStanding(everyoneRound, true));
    }

    @Test
    void closingARoundStoresItsMissedSeatsInTheSameTransaction() {
        int round = events.openRound(meetingId, ServiceZone.EVERYONE, "张敏", T);
        ServiceEvent missed = event("a/1/1", ServiceEventKind.MISSED, SkipReason.NOT_THERE, T.plusSeconds(60));

        events.closeRound(meetingId, round, T.plusSeconds(60), List.of(missed));

        assertThat(events.events(meetingId)).containsExactly(missed);
    }
}
