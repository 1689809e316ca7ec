package org.huiwu.logic.rounds;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huiwu.model.rounds.ServicePlan;
import org.huiwu.model.rounds.ServiceZone;
import org.huiwu.model.seating.PlannedSeat;

/** Checks a service plan against the meeting's seats; the first problem found is thrown. Stateless. */
final class ServicePlanCheck {

    private ServicePlanCheck() {
    }

    /** @throws ServiceRejectedException with the first problem of the plan */
    static void check(ServicePlan plan, List<PlannedSeat> seats) {
        requireInterval(plan.intervalMinutes(), ServiceProblem.INTERVAL_OUT_OF_RANGE);
        Set<UUID> blocks = new HashSet<>();
        Set<String> keys = new HashSet<>();
        seats.forEach(s -> {
            blocks.add(s.blockId());
            keys.add(s.key());
        });
        int shortest = plan.intervalMinutes();
        for (Map.Entry<UUID, Integer> entry : plan.blockIntervals().entrySet()) {
            if (!blocks.contains(entry.getKey())) {
                throw new ServiceRejectedException(ServiceProblem.UNKNOWN_BLOCK);
            }
            requireInterval(entry.getValue(), ServiceProblem.BLOCK_INTERVAL_OUT_OF_RANGE);
            shortest = Math.min(shortest, entry.getValue());
        }
        if (plan.dueSoonMinutes() < 0 || plan.dueSoonMinutes() >= shortest) {
            throw new ServiceRejectedException(ServiceProblem.DUE_SOON_OUT_OF_RANGE, plan.dueSoonMinutes(), shortest);
        }
        Map<String, String> zoneOfSeat = new HashMap<>();
        for (ServiceZone zone : plan.zones()) {
            if (zone.attendant().isBlank()) {
                throw new ServiceRejectedException(ServiceProblem.ZONE_WITHOUT_ATTENDANT);
            }
            long unknown = zone.seatKeys().stream().filter(k -> !keys.contains(k)).count();
            if (unknown > 0) {
                throw new ServiceRejectedException(ServiceProblem.ZONE_UNKNOWN_SEAT, zone.attendant(), unknown);
            }
            for (String key : zone.seatKeys()) {
                String other = zoneOfSeat.putIfAbsent(key, zone.attendant());
                if (other != null) {
                    throw new ServiceRejectedException(ServiceProblem.SEAT_IN_TWO_ZONES, other, zone.attendant());
                }
            }
        }
    }

    private static void requireInterval(int minutes, ServiceProblem problem) {
        if (minutes < ServicePlan.MIN_INTERVAL || minutes > ServicePlan.MAX_INTERVAL) {
            throw new ServiceRejectedException(problem, minutes, ServicePlan.MIN_INTERVAL, ServicePlan.MAX_INTERVAL);
        }
    }
}
