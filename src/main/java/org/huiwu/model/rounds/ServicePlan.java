package org.huiwu.model.rounds;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * How tea is served at one meeting (服务方案): when the first cup is poured, the refill interval
 * (per block where the podium differs from the audience), which seats are served, how early a seat
 * shows as due soon, and the zones that split the seats among attendants. Immutable.
 */
public record ServicePlan(
        UUID meetingId,
        FirstPour firstPour,
        int intervalMinutes,
        Map<UUID, Integer> blockIntervals,
        ServedScope scope,
        int dueSoonMinutes,
        List<ServiceZone> zones) {

    /** The government guide's refill interval. */
    public static final int DEFAULT_INTERVAL = 20;
    /** The shortest refill interval accepted. */
    public static final int MIN_INTERVAL = 5;
    /** The longest refill interval accepted. */
    public static final int MAX_INTERVAL = 60;
    /** Minutes before the interval ends at which a seat shows as due soon, by default. */
    public static final int DEFAULT_DUE_SOON = 3;

    public ServicePlan {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(firstPour, "firstPour");
        Objects.requireNonNull(scope, "scope");
        blockIntervals = blockIntervals == null ? Map.of() : Map.copyOf(blockIntervals);
        zones = zones == null ? List.of() : List.copyOf(zones);
    }

    /** The plan a meeting has before the attendant changes anything: at start, every 20 min, all seats. */
    public static ServicePlan defaults(UUID meetingId) {
        return new ServicePlan(meetingId, FirstPour.AT_START, DEFAULT_INTERVAL, Map.of(), ServedScope.ALL,
                DEFAULT_DUE_SOON, List.of());
    }

    /** The refill interval of a block: its override, or the plan's interval. */
    public int intervalOf(UUID blockId) {
        return blockIntervals.getOrDefault(blockId, intervalMinutes);
    }

    /** The named zone holding the seat, if any. */
    public Optional<ServiceZone> zoneOf(String seatKey) {
        return zones.stream().filter(z -> z.seatKeys().contains(seatKey)).findFirst();
    }

    /** The id of the zone holding the seat; {@link ServiceZone#EVERYONE} when no named zone does. */
    public UUID zoneIdOf(String seatKey) {
        return zoneOf(seatKey).map(ServiceZone::id).orElse(ServiceZone.EVERYONE);
    }

    /** Whether a round for {@code zoneId} serves the seat: the zone of everyone serves every seat. */
    public boolean serves(UUID zoneId, String seatKey) {
        return ServiceZone.EVERYONE.equals(zoneId) || zoneIdOf(seatKey).equals(zoneId);
    }

    public ServicePlan withZones(List<ServiceZone> newZones) {
        return new ServicePlan(meetingId, firstPour, intervalMinutes, blockIntervals, scope, dueSoonMinutes, newZones);
    }

    public ServicePlan withIntervals(int newInterval, Map<UUID, Integer> newBlockIntervals) {
        return new ServicePlan(meetingId, firstPour, newInterval, newBlockIntervals, scope, dueSoonMinutes, zones);
    }

    public ServicePlan withScope(ServedScope newScope) {
        return new ServicePlan(meetingId, firstPour, intervalMinutes, blockIntervals, newScope, dueSoonMinutes, zones);
    }
}
