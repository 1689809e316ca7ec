package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.huiwu.model.Meeting;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.model.rounds.ServicePlan;
import org.huiwu.model.rounds.ServiceZone;
import org.huiwu.model.rounds.SkipReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tap path's writer ({@link Database#seatEvents()}, a connection held between taps): an event is committed
 * and seen by another connection and after reopening when the call returns, its change-feed row commits with it,
 * a failed or refused event leaves nothing, and the standing it reads is the DAO's. Real H2 (or PostgreSQL).
 */
@Tag("dao")
class SeatEventWriterTest {

    private static final Instant T = Instant.parse("2026-12-07T02:00:00Z");

    @TempDir
    Path dataDir;

    private Database database;
    private SeatEventWriter writer;
    private ServiceEventDao events;
    private UUID meetingId;

    @BeforeEach
    void openDatabase() {
        database = TestStores.fresh(dataDir);
        writer = database.seatEvents();
        events = database.dao(ServiceEventDao.class);
        Meeting meeting = Meeting.blank(UUID.randomUUID(), "续水测试", LocalDate.of(2026, 12, 7));
        database.dao(MeetingDao.class).save(meeting, Instant.EPOCH);
        meetingId = meeting.id();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private ServiceEvent refill(UUID id, String seat, int round) {
        return new ServiceEvent(id, meetingId, seat, UUID.randomUUID(), "张敏", ServiceEventKind.REFILL, null, "", round,
                T, T.plusSeconds(5));
    }

    private int feedRowsOf(UUID recordId) {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT COUNT(*) FROM change_feed WHERE record_id = :id AND kind = 'SERVICE'")
                .bind("id", recordId).mapTo(Integer.class).one());
    }

    private int feedRows() {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT COUNT(*) FROM change_feed WHERE meeting_id = :m").bind("m", meetingId)
                .mapTo(Integer.class).one());
    }

    @Test
    void anEventIsCommittedWithItsChangeFeedRowWhenTheCallReturns() {
        ServiceEvent stored = writer.addAtSeat(meetingId, "podium/1/1", standing -> refill(UUID.randomUUID(),
                "podium/1/1", standing.openRound()));

        assertThat(events.events(meetingId)).containsExactly(stored);
        assertThat(feedRowsOf(stored.id())).isEqualTo(1);
        database.close();
        database = TestStores.fresh(dataDir);
        assertThat(database.dao(ServiceEventDao.class).events(meetingId)).containsExactly(stored);
        assertThat(feedRowsOf(stored.id())).isEqualTo(1);
    }

    @Test
    void everyFieldIsStoredAsTheDaoStoresIt() {
        ServiceEvent skipped = new ServiceEvent(UUID.randomUUID(), meetingId, "a/1/2", null, "王芳",
                ServiceEventKind.SKIPPED, SkipReason.ON_PHONE, "在打电话", 3, T.minusSeconds(600), T);

        writer.addAtSeat(meetingId, "a/1/2", standing -> skipped);

        assertThat(events.events(meetingId)).containsExactly(skipped);
        assertThat(events.events(meetingId).get(0).late()).isTrue();
    }

    @Test
    void aFailedEventLeavesNeitherTheEventNorItsFeedRowAndTheNextOneIsStored() {
        UUID id = UUID.randomUUID();
        writer.addAtSeat(meetingId, "a/1/1", standing -> refill(id, "a/1/1", 0));
        UUID nextId = UUID.randomUUID();

        assertThatThrownBy(() -> writer.addAtSeat(meetingId, "a/1/1", standing -> refill(id, "a/1/1", 0)))
                .satisfies(failure -> assertThat(Database.problemOf(failure)).isPresent());
        assertThat(events.events(meetingId)).hasSize(1);
        assertThat(feedRows()).isEqualTo(1);

        ServiceEvent next = writer.addAtSeat(meetingId, "a/1/1", standing -> refill(nextId, "a/1/1", 0));
        assertThat(events.events(meetingId)).hasSize(2).contains(next);
        assertThat(feedRowsOf(next.id())).isEqualTo(1);
    }

    @Test
    void anEventRefusedByItsCallerLeavesNothing() {
        assertThatThrownBy(() -> writer.addAtSeat(meetingId, "a/1/1", standing -> {
            throw new IllegalStateException("no pour to undo");
        })).hasMessage("no pour to undo");

        assertThat(events.events(meetingId)).isEmpty();
        assertThat(feedRows()).isZero();
    }

    @Test
    void theStandingItReadsIsTheDaos() {
        UUID zone = UUID.randomUUID();
        database.dao(ServicePlanDao.class).save(ServicePlan.defaults(meetingId)
                .withZones(List.of(new ServiceZone(zone, "王芳", Set.of("podium/1/1")))), T);
        int zoneRound = events.openRound(meetingId, zone, "王芳", T);
        int everyoneRound = events.openRound(meetingId, ServiceZone.EVERYONE, "张敏", T);
        events.add(new ServiceEvent(UUID.randomUUID(), meetingId, "audience/1/1", null, "张敏",
                ServiceEventKind.FIRST_POUR, null, "", everyoneRound, T, T));
        List<ServiceEventDao.SeatStanding> seen = new ArrayList<>();

        for (String seat : List.of("podium/1/1", "audience/1/1", "audience/1/2")) {
            ServiceEventDao.SeatStanding expected = events.standingOf(meetingId, seat);
            writer.addAtSeat(meetingId, seat, standing -> {
                seen.add(standing);
                return refill(UUID.randomUUID(), seat, standing.openRound());
            });
            assertThat(seen.get(seen.size() - 1)).isEqualTo(expected);
        }
        assertThat(seen).containsExactly(new ServiceEventDao.SeatStanding(zoneRound, false),
                new ServiceEventDao.SeatStanding(everyoneRound, true),
                new ServiceEventDao.SeatStanding(everyoneRound, false));

        events.add(new ServiceEvent(UUID.randomUUID(), meetingId, "audience/1/1", null, "张敏",
                ServiceEventKind.POUR_UNDONE, null, "", everyoneRound, T, T));
        events.add(new ServiceEvent(UUID.randomUUID(), meetingId, "audience/1/1", null, "张敏",
                ServiceEventKind.POUR_UNDONE, null, "", everyoneRound, T, T));
        writer.addAtSeat(meetingId, "audience/1/1", standing -> {
            seen.add(standing);
            return refill(UUID.randomUUID(), "audience/1/1", standing.openRound());
        });
        assertThat(seen.get(seen.size() - 1).pouredBefore()).isFalse();
    }

    @Test
    void aClosedStoreRefusesFurtherEvents() {
        writer.addAtSeat(meetingId, "a/1/1", standing -> refill(UUID.randomUUID(), "a/1/1", 0));
        database.close();

        assertThatThrownBy(() -> writer.addAtSeat(meetingId, "a/1/1", standing -> refill(UUID.randomUUID(), "a/1/1", 0)))
                .isInstanceOf(IllegalStateException.class);
        database = TestStores.fresh(dataDir);
    }
}
