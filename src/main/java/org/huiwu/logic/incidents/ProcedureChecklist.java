package org.huiwu.logic.incidents;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentVersion;
import org.huiwu.model.incidents.Notification;
import org.huiwu.model.incidents.Procedure;
import org.huiwu.model.incidents.StepTick;
import org.huiwu.model.incidents.VenueContact;
import org.huiwu.persistence.ChecklistDao;
import org.huiwu.persistence.ConcurrentChangeException;

/**
 * An incident's procedure as a timestamped checklist: ticking a step or skipping it with a reason
 * records the time and the person; notifying a contact is one call that logs the time. The first
 * action on an open incident moves it to "being handled" in the same transaction. Ticks and
 * notifications are only ever added. Synchronous and thread-safe; call it off the FX thread.
 */
public final class ProcedureChecklist {

    private final ChecklistDao checklists;
    private final IncidentLog log;
    private final ProcedureBook procedures;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public ProcedureChecklist(ChecklistDao checklists, IncidentLog log, ProcedureBook procedures, Clock clock,
            Supplier<UUID> ids) {
        this.checklists = checklists;
        this.log = log;
        this.procedures = procedures;
        this.clock = clock;
        this.ids = ids;
    }

    /** The incident's checklist: the steps of the procedure version it was reported with, and their ticks. */
    public Checklist of(UUID incidentId) {
        Incident incident = log.find(incidentId)
                .orElseThrow(() -> new IncidentRejectedException(IncidentProblem.NOT_FOUND));
        Procedure procedure = procedures.version(incident.procedureId(), incident.procedureVersion());
        Map<Integer, StepTick> ticks = checklists.ticks(incidentId).stream()
                .collect(Collectors.toMap(StepTick::stepNumber, Function.identity()));
        List<Checklist.Line> lines = procedure.steps().stream()
                .map(step -> new Checklist.Line(step, Optional.ofNullable(ticks.get(step.number())))).toList();
        return new Checklist(incident, procedure, lines, checklists.notifications(incidentId));
    }

    /** Marks a step done now by {@code by}. */
    public StepTick tick(UUID incidentId, int stepNumber, String by) {
        return record(incidentId, stepNumber, by, false, "");
    }

    /** Skips a step now, with the reason why it did not apply. */
    public StepTick skip(UUID incidentId, int stepNumber, String reason, String by) {
        return record(incidentId, stepNumber, by, true, IncidentRejectedException.requireReason(reason));
    }

    /** Logs that {@code contact} was notified now by {@code by} (the call itself is made by the person). */
    public Notification notifyContact(UUID incidentId, VenueContact contact, String by) {
        IncidentRejectedException.checkLength(by, IncidentProblem.MAX_NAME);
        Incident incident = log.changeable(incidentId);
        Notification notification = new Notification(ids.get(), incidentId, contact.role(), contact.name(),
                contact.phone(), clock.instant(), by);
        IncidentVersion started = log.startedHandling(incident, by);
        try {
            checklists.notified(notification, started);
        } catch (ConcurrentChangeException e) {
            throw new IncidentRejectedException(IncidentProblem.CHANGED_MEANWHILE);
        }
        return notification;
    }

    private StepTick record(UUID incidentId, int stepNumber, String by, boolean skipped, String reason) {
        IncidentRejectedException.checkLength(by, IncidentProblem.MAX_NAME);
        Incident incident = log.changeable(incidentId);
        Procedure procedure = procedures.version(incident.procedureId(), incident.procedureVersion());
        if (procedure.step(stepNumber).isEmpty()) {
            throw new IncidentRejectedException(IncidentProblem.STEP_UNKNOWN);
        }
        if (checklists.ticks(incidentId).stream().anyMatch(t -> t.stepNumber() == stepNumber)) {
            throw new IncidentRejectedException(IncidentProblem.STEP_ALREADY_DONE);
        }
        StepTick tick = new StepTick(incidentId, stepNumber, clock.instant(), by, skipped, reason);
        try {
            checklists.tick(tick, log.startedHandling(incident, by));
        } catch (ConcurrentChangeException e) {
            throw new IncidentRejectedException(IncidentProblem.CHANGED_MEANWHILE);
        }
        return tick;
    }
}
