package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huiwu.model.Meeting;
import org.huiwu.model.rounds.Consumables;
import org.huiwu.model.rounds.FirstPour;
import org.huiwu.model.rounds.ServedScope;
import org.huiwu.model.rounds.ServicePlan;
import org.huiwu.model.rounds.ServiceZone;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Service plans with block intervals and zones, and consumables, on real H2 with the real migrations. */
@Tag("dao")
class ServicePlanDaoTest {

    @TempDir
    Path dataDir;

    private Database database;
    private ServicePlanDao plans;
    private UUID meetingId;

    @BeforeEach
    void openDatabase() {
        database = TestStores.fresh(dataDir);
        plans = database.dao(ServicePlanDao.class);
        Meeting meeting = Meeting.blank(UUID.randomUUID(), "茶水测试", LocalDate.of(2026, 11, 27));
        database.dao(MeetingDao.class).save(meeting, Instant.EPOCH);
        meetingId = meeting.id();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private ServicePlan plan(List<ServiceZone> zones) {
        return new ServicePlan(meetingId, FirstPour.WHEN_SEATED, 20, Map.of(UUID.randomUUID(), 15, UUID.randomUUID(), 30),
                ServedScope.TABLES, 3, zones);
    }

    @Test
    void aPlanIsStoredAndReadBackWhole() {
        ServicePlan plan = plan(List.of(new ServiceZone(UUID.randomUUID(), "主席台组", Set.of("a/1/1", "a/1/2")),
                new ServiceZone(UUID.randomUUID(), "会场组", Set.of("b/1/1")),
                new ServiceZone(UUID.randomUUID(), "机动", Set.of())));

        plans.save(plan, Instant.EPOCH);

        assertThat(plans.find(meetingId)).contains(plan);
        assertThat(plans.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void savingAgainReplacesIntervalsAndZones() {
        plans.save(plan(List.of(new ServiceZone(UUID.randomUUID(), "主席台组", Set.of("a/1/1")))), Instant.EPOCH);
        ServicePlan second = ServicePlan.defaults(meetingId)
                .withZones(List.of(new ServiceZone(UUID.randomUUID(), "会场组", Set.of("a/1/1"))));

        plans.save(second, Instant.EPOCH);

        assertThat(plans.find(meetingId)).contains(second);
    }

    @Test
    void consumablesAreUpserted() {
        plans.saveConsumables(meetingId, new Consumables(1, 2, 3, 4), Instant.EPOCH);
        plans.saveConsumables(meetingId, new Consumables(5, 6, 7, 8), Instant.EPOCH);

        assertThat(plans.consumables(meetingId)).contains(new Consumables(5, 6, 7, 8));
    }

    @Test
    void deletingTheMeetingDeletesItsPlan() {
        plans.save(plan(List.of(new ServiceZone(UUID.randomUUID(), "主席台组", Set.of("a/1/1")))), Instant.EPOCH);
        plans.saveConsumables(meetingId, new Consumables(1, 1, 1, 1), Instant.EPOCH);

        database.dao(MeetingDao.class).delete(meetingId);

        assertThat(plans.find(meetingId)).isEmpty();
        assertThat(plans.consumables(meetingId)).isEmpty();
        int zoneSeats = database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM service_zone_seat")
                .mapTo(Integer.class).one());
        assertThat(zoneSeats).isZero();
    }
}
