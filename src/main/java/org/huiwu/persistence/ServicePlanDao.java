package org.huiwu.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.huiwu.model.rounds.Consumables;
import org.huiwu.model.rounds.FirstPour;
import org.huiwu.model.rounds.ServedScope;
import org.huiwu.model.rounds.ServicePlan;
import org.huiwu.model.rounds.ServiceZone;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Stores a meeting's tea-service plan (with its block intervals and zones) and the consumables entered
 * for it. A save replaces the plan whole, in one transaction. Thread-safe when attached on demand.
 */
@RegisterRowMapper(ServiceRowMappers.ConsumablesMapper.class)
public interface ServicePlanDao {

    /** A stored plan row. */
    record PlanRow(String firstPour, int intervalMinutes, String servedScope, int dueSoonMinutes) {
    }

    /** A stored block interval. */
    record BlockIntervalRow(UUID blockId, int intervalMinutes) {
    }

    /** A stored zone seat, with its zone's attendant. */
    record ZoneSeatRow(UUID zoneId, String attendant, String seatKey) {
    }

    @SqlQuery("SELECT first_pour, interval_minutes, served_scope, due_soon_minutes FROM service_plan WHERE meeting_id = :m")
    @RegisterConstructorMapper(PlanRow.class)
    Optional<PlanRow> planRow(@Bind("m") UUID meetingId);

    @SqlQuery("SELECT block_id, interval_minutes FROM service_block_interval WHERE meeting_id = :m")
    @RegisterConstructorMapper(BlockIntervalRow.class)
    List<BlockIntervalRow> blockIntervalRows(@Bind("m") UUID meetingId);

    @SqlQuery("""
            SELECT z.id AS zone_id, z.attendant, s.seat_key FROM service_zone z
            LEFT JOIN service_zone_seat s ON s.zone_id = z.id
            WHERE z.meeting_id = :m ORDER BY z.position, s.seat_key
            """)
    @RegisterConstructorMapper(ZoneSeatRow.class)
    List<ZoneSeatRow> zoneSeatRows(@Bind("m") UUID meetingId);

    @SqlUpdate("""
            MERGE INTO service_plan (meeting_id, first_pour, interval_minutes, served_scope, due_soon_minutes, updated_at)
            KEY (meeting_id)
            VALUES (:m, :firstPour, :interval, :scope, :dueSoon, :updatedAt)
            """)
    void upsertPlan(@Bind("m") UUID meetingId, @Bind("firstPour") String firstPour, @Bind("interval") int interval,
            @Bind("scope") String scope, @Bind("dueSoon") int dueSoon, @Bind("updatedAt") OffsetDateTime updatedAt);

    @SqlUpdate("DELETE FROM service_block_interval WHERE meeting_id = :m")
    void deleteBlockIntervals(@Bind("m") UUID meetingId);

    @SqlBatch("INSERT INTO service_block_interval (meeting_id, block_id, interval_minutes) VALUES (:m, :block, :minutes)")
    void insertBlockIntervals(@Bind("m") UUID meetingId, @Bind("block") List<UUID> blocks,
            @Bind("minutes") List<Integer> minutes);

    @SqlUpdate("DELETE FROM service_zone WHERE meeting_id = :m")
    void deleteZones(@Bind("m") UUID meetingId);

    @SqlUpdate("INSERT INTO service_zone (id, meeting_id, position, attendant) VALUES (:id, :m, :position, :attendant)")
    void insertZone(@Bind("id") UUID id, @Bind("m") UUID meetingId, @Bind("position") int position,
            @Bind("attendant") String attendant);

    @SqlBatch("INSERT INTO service_zone_seat (zone_id, meeting_id, seat_key) VALUES (:zone, :m, :seat)")
    void insertZoneSeats(@Bind("zone") UUID zoneId, @Bind("m") UUID meetingId, @Bind("seat") List<String> seats);

    @SqlQuery("SELECT * FROM consumables WHERE meeting_id = :m")
    Optional<Consumables> consumables(@Bind("m") UUID meetingId);

    @SqlUpdate("""
            MERGE INTO consumables (meeting_id, cups, tea_bags, water_bottles, towels, updated_at) KEY (meeting_id)
            VALUES (:m, :cups, :teaBags, :waterBottles, :towels, :updatedAt)
            """)
    void upsertConsumables(@Bind("m") UUID meetingId, @Bind("cups") int cups, @Bind("teaBags") int teaBags,
            @Bind("waterBottles") int waterBottles, @Bind("towels") int towels,
            @Bind("updatedAt") OffsetDateTime updatedAt);

    /** The meeting's saved plan with its block intervals and zones, if it has one. */
    @Transaction
    default Optional<ServicePlan> find(UUID meetingId) {
        return planRow(meetingId).map(row -> {
            Map<UUID, Integer> intervals = new HashMap<>();
            blockIntervalRows(meetingId).forEach(b -> intervals.put(b.blockId(), b.intervalMinutes()));
            Map<UUID, String> attendants = new LinkedHashMap<>();
            Map<UUID, List<String>> seats = new HashMap<>();
            for (ZoneSeatRow zs : zoneSeatRows(meetingId)) {
                attendants.putIfAbsent(zs.zoneId(), zs.attendant());
                List<String> keys = seats.computeIfAbsent(zs.zoneId(), id -> new ArrayList<>());
                if (zs.seatKey() != null) {
                    keys.add(zs.seatKey());
                }
            }
            List<ServiceZone> zones = new ArrayList<>();
            attendants.forEach((id, who) -> zones.add(new ServiceZone(id, who, Set.copyOf(seats.get(id)))));
            return new ServicePlan(meetingId, FirstPour.valueOf(row.firstPour()), row.intervalMinutes(), intervals,
                    ServedScope.valueOf(row.servedScope()), row.dueSoonMinutes(), zones);
        });
    }

    /** Saves the plan, replacing its block intervals and zones. */
    @Transaction
    default void save(ServicePlan plan, Instant now) {
        UUID m = plan.meetingId();
        upsertPlan(m, plan.firstPour().name(), plan.intervalMinutes(), plan.scope().name(), plan.dueSoonMinutes(),
                ServiceRowMappers.utc(now));
        deleteBlockIntervals(m);
        if (!plan.blockIntervals().isEmpty()) {
            List<UUID> blocks = new ArrayList<>(plan.blockIntervals().keySet());
            insertBlockIntervals(m, blocks, blocks.stream().map(plan.blockIntervals()::get).toList());
        }
        deleteZones(m);
        for (int i = 0; i < plan.zones().size(); i++) {
            ServiceZone zone = plan.zones().get(i);
            insertZone(zone.id(), m, i, zone.attendant());
            if (!zone.seatKeys().isEmpty()) {
                insertZoneSeats(zone.id(), m, List.copyOf(zone.seatKeys()));
            }
        }
    }

    /** Saves the consumables entered for the meeting. */
    default void saveConsumables(UUID meetingId, Consumables used, Instant now) {
        upsertConsumables(meetingId, used.cups(), used.teaBags(), used.waterBottles(), used.towels(),
                ServiceRowMappers.utc(now));
    }
}
