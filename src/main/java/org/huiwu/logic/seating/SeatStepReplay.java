package org.huiwu.logic.seating;

import org.huiwu.logic.live.Replay;
import org.huiwu.persistence.QueuedEdits;
import org.huiwu.persistence.SeatChangedElsewhereException;
import org.huiwu.persistence.SeatPlanDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a seat-plan step made during an outage (decision 0038): a move, lock, unseat, undo or redo, auto-assign or
 * reflow is stored only over the seats as the attendant saw them, as while the server answers
 * ({@link SeatPlanDao#saveAssignmentsOver}). A step whose seats (or whose people) another laptop changed meanwhile
 * is not stored: the stored plan is kept and shown (the other laptop's save is in the change feed), and the step
 * is logged and counted for the status line. A step already stored (its commit arrived, the answer did not) is
 * recognised as its seats already being as it left them. A step on a plan this laptop created during the outage whose
 * creation was refused (another laptop created the meeting's plan; decision 0041) is dropped and counted. Stateless; call off the FX thread.
 */
public final class SeatStepReplay implements Replay {

    private static final Logger LOG = LoggerFactory.getLogger(SeatStepReplay.class);

    private final SeatPlanDao plans;

    public SeatStepReplay(SeatPlanDao plans) {
        this.plans = plans;
    }

    @Override
    public boolean replay(String body) {
        QueuedEdits.SeatStep step = QueuedEdits.seatStep(body);
        if (plans.layoutVersion(step.planId()).isEmpty()) {
            LOG.warn("Queued seat step on plan {} not stored: the plan is not on the server (its creation was refused:"
                    + " another laptop created the meeting's plan meanwhile)", step.planId());
            return true;
        }
        try {
            plans.saveAssignmentsOver(step.planId(), step.base(), step.next());
            return false;
        } catch (SeatChangedElsewhereException elsewhere) {
            if (QueuedEdits.stepped(plans.assignments(step.planId()), step)
                    .equals(plans.assignments(step.planId()))) {
                return false;
            }
            LOG.warn("Queued seat step on plan {} not stored: seat {} was changed on another laptop meanwhile; the"
                    + " stored plan is kept", step.planId(), elsewhere.seatKey());
            return true;
        }
    }
}
