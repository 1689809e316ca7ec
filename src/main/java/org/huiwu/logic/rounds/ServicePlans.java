package org.huiwu.logic.rounds;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.rounds.Consumables;
import org.huiwu.model.rounds.ServicePlan;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.persistence.ServicePlanDao;

/**
 * Loads and saves a meeting's tea-service plan and the consumables entered for it. A plan is checked
 * against the meeting's seats before it is saved. Each call is one transaction. Synchronous and
 * thread-safe; call it off the FX thread.
 */
public final class ServicePlans {

    private final ServicePlanDao plans;
    private final Clock clock;

    public ServicePlans(ServicePlanDao plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    /** The meeting's saved plan, or the defaults (not saved) when it has none. */
    public ServicePlan planOf(UUID meetingId) {
        return plans.find(meetingId).orElseGet(() -> ServicePlan.defaults(meetingId));
    }

    /**
     * Checks the plan against the seats and saves it.
     *
     * @throws ServiceRejectedException when an interval is out of range, a block or seat is unknown, a
     *     zone has no attendant or a seat sits in two zones; nothing is saved then
     */
    public void save(ServicePlan plan, List<PlannedSeat> seats) {
        ServicePlanCheck.check(plan, seats);
        plans.save(plan, clock.instant());
    }

    /** The consumables entered for the meeting, all zero before the first entry. */
    public Consumables consumables(UUID meetingId) {
        return plans.consumables(meetingId).orElse(Consumables.NONE);
    }

    public void saveConsumables(UUID meetingId, Consumables used) {
        plans.saveConsumables(meetingId, used, clock.instant());
    }
}
