package org.huiwu.logic.incidents;

import java.util.List;
import java.util.Optional;

import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.Notification;
import org.huiwu.model.incidents.Procedure;
import org.huiwu.model.incidents.ProcedureStep;
import org.huiwu.model.incidents.StepTick;

/**
 * What the checklist screen of one incident shows: the incident, the procedure version it is handled
 * with, each step with its tick (if done or skipped) and the notifications made so far. Immutable.
 */
public record Checklist(Incident incident, Procedure procedure, List<Line> lines, List<Notification> notifications) {

    public Checklist {
        lines = List.copyOf(lines);
        notifications = List.copyOf(notifications);
    }

    /** One step and its tick, empty while the step is still to do. */
    public record Line(ProcedureStep step, Optional<StepTick> tick) {

        public boolean done() {
            return tick.isPresent();
        }
    }

    /** Whether every step has been ticked or skipped. */
    public boolean complete() {
        return lines.stream().allMatch(Line::done);
    }

    /** The first step still to do, if any. */
    public Optional<Line> next() {
        return lines.stream().filter(line -> !line.done()).findFirst();
    }
}
