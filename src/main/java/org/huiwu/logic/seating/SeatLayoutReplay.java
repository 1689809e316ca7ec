package org.huiwu.logic.seating;

import org.huiwu.logic.live.Replay;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.persistence.ConcurrentChangeException;
import org.huiwu.persistence.PlanCreatedElsewhereException;
import org.huiwu.persistence.QueuedEdits;
import org.huiwu.persistence.QueuedLayouts;
import org.huiwu.persistence.SeatChangedElsewhereException;
import org.huiwu.persistence.SeatPlanDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a seat plan's layout change made during an outage (decision 0041) as the seating screen stores it while
 * the server answers ({@link SeatPlanDao#saveLayoutFrom}): over the layout version it was made from, a new plan only
 * while the meeting has none, and the occupants it drops only while those seats are as the attendant saw them. A
 * refused change is not stored: the stored plan is kept and shown (the other laptop's save is in the change feed),
 * and the change is logged and counted for the status line; the layout changes and seat steps queued behind it were
 * made on top of it and are checked the same way. A change already stored (its commit arrived, the answer did not)
 * is recognised as the plan standing at the version and layout it made. Stateless; call off the FX thread.
 */
public final class SeatLayoutReplay implements Replay {

    private static final Logger LOG = LoggerFactory.getLogger(SeatLayoutReplay.class);

    private final SeatPlanDao plans;

    public SeatLayoutReplay(SeatPlanDao plans) {
        this.plans = plans;
    }

    @Override
    public boolean replay(String body) {
        QueuedLayouts.Layout layout = QueuedLayouts.layout(body);
        SeatPlan plan = layout.plan();
        String refused;
        try {
            plans.saveLayoutFrom(plan, layout.expected(), layout.at(), layout.drop().base(), layout.drop().next());
            return false;
        } catch (ConcurrentChangeException elsewhere) {
            refused = "its layout was changed on another laptop meanwhile";
        } catch (PlanCreatedElsewhereException created) {
            refused = "another laptop created the meeting's plan meanwhile";
        } catch (SeatChangedElsewhereException seat) {
            refused = "seat " + seat.seatKey() + ", whose occupant it drops, was changed on another laptop meanwhile";
        }
        if (storedBefore(layout)) {
            return false;
        }
        LOG.warn("Queued layout change of seat plan {} (meeting {}) not stored: {}; the stored plan is kept",
                plan.id(), plan.meetingId(), refused);
        return true;
    }

    /** Whether the plan stands at the version and layout this change made, its drops done (sent before). */
    private boolean storedBefore(QueuedLayouts.Layout layout) {
        SeatPlan plan = layout.plan();
        if (plans.layoutVersion(plan.id()).orElse(-2) != layout.expected() + 1
                || plans.findByMeeting(plan.meetingId()).filter(plan::equals).isEmpty()) {
            return false;
        }
        SeatAssignments stored = plans.assignments(plan.id());
        return QueuedEdits.stepped(stored, layout.drop()).equals(stored);
    }
}
