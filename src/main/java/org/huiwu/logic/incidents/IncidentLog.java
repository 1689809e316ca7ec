package org.huiwu.logic.incidents;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.huiwu.model.incidents.ChangeKind;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentCounts;
import org.huiwu.model.incidents.IncidentDetails;
import org.huiwu.model.incidents.IncidentDraft;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.IncidentVersion;
import org.huiwu.model.incidents.Procedure;
import org.huiwu.persistence.ConcurrentChangeException;
import org.huiwu.persistence.IncidentDao;

/**
 * The incident log (突发事件记录) of every meeting: quick capture stamped at the first click, corrections,
 * status moves with their times and voiding with a reason. Nothing is overwritten or deleted: every
 * change writes the next version, with time and author, in the same transaction as the current row.
 * Each call is one transaction and durable when it returns. Synchronous and thread-safe; call it off
 * the FX thread.
 */
public final class IncidentLog {

    private final IncidentDao incidents;
    private final ProcedureBook procedures;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public IncidentLog(IncidentDao incidents, ProcedureBook procedures, Clock clock, Supplier<UUID> ids) {
        this.incidents = incidents;
        this.procedures = procedures;
        this.clock = clock;
        this.ids = ids;
    }

    /** The first click: a draft stamped with the current time; nothing is saved yet. */
    public IncidentDraft begin(UUID meetingId, String reportedBy) {
        return new IncidentDraft(meetingId, clock.instant(), reportedBy, null, "", "", null, "");
    }

    /**
     * Saves a draft as a new open incident, handled with the current procedure of its type.
     *
     * @throws IncidentRejectedException when no type was picked or a text is too long
     */
    public Incident report(IncidentDraft draft) {
        IncidentVersion created = created(draft);
        incidents.create(created);
        return created.incident();
    }

    /** Quick capture in one call: stamps the time now and saves an incident of {@code type}. */
    public Incident report(UUID meetingId, IncidentType type, String reportedBy) {
        return report(begin(meetingId, reportedBy).withType(type));
    }

    /**
     * Corrects the details of an incident; the previous version is kept. A new type switches to that
     * type's current procedure, which is refused once a step has been ticked.
     */
    public Incident correct(UUID incidentId, IncidentDetails details, String by) {
        checkDetails(details.location(), details.description());
        Incident current = changeable(incidentId);
        Incident corrected;
        if (details.type() == current.type()) {
            corrected = current.withDetails(details, current.procedureId(), current.procedureVersion());
        } else {
            if (incidents.tickCount(incidentId) > 0) {
                throw new IncidentRejectedException(IncidentProblem.TYPE_LOCKED);
            }
            Procedure procedure = procedures.current(details.type());
            corrected = current.withDetails(details, procedure.id(), procedure.version());
        }
        return write(corrected, ChangeKind.EDITED, by);
    }

    /**
     * Moves an incident forward (open → being handled → resolved → closed; steps may be skipped) and
     * records the time of the new status. Setting the status it already has changes nothing.
     */
    public Incident setStatus(UUID incidentId, IncidentStatus status, String by) {
        Incident current = changeable(incidentId);
        if (status == current.status()) {
            return current;
        }
        if (status.ordinal() < current.status().ordinal()) {
            throw new IncidentRejectedException(IncidentProblem.STATUS_BACKWARDS);
        }
        return write(current.withStatus(status, clock.instant()), ChangeKind.STATUS_CHANGED, by);
    }

    /** Marks a wrong entry as void with a reason; it stays in the log, shown as voided. */
    public Incident voidEntry(UUID incidentId, String reason, String by) {
        String why = IncidentRejectedException.requireReason(reason);
        Incident current = existing(incidentId);
        if (current.voided()) {
            throw new IncidentRejectedException(IncidentProblem.VOIDED);
        }
        return write(current.asVoided(why), ChangeKind.VOIDED, by);
    }

    public Optional<Incident> find(UUID incidentId) {
        return incidents.find(incidentId);
    }

    /** Every version of the incident, oldest first, each with its time, author and kind of change. */
    public List<IncidentVersion> history(UUID incidentId) {
        return incidents.history(incidentId);
    }

    /** The meeting's incidents that pass the filter, in the order they occurred. */
    public List<Incident> timeline(UUID meetingId, IncidentFilter filter) {
        return incidents.listByMeeting(meetingId).stream().filter(filter::test).toList();
    }

    /** The incident counts of one meeting (voided incidents not counted). */
    public IncidentCounts counts(UUID meetingId) {
        return countsPerMeeting().getOrDefault(meetingId, IncidentCounts.none(meetingId));
    }

    /** The incident counts of every meeting that has incidents, by meeting id. */
    public Map<UUID, IncidentCounts> countsPerMeeting() {
        Map<UUID, IncidentCounts> counts = new LinkedHashMap<>();
        incidents.countRows().forEach(row -> counts.put(row.meetingId(), row));
        return counts;
    }

    /** The first version of a new incident from a draft, not yet written (for callers' own transactions). */
    IncidentVersion created(IncidentDraft draft) {
        if (draft.type() == null) {
            throw new IncidentRejectedException(IncidentProblem.TYPE_MISSING);
        }
        checkDetails(draft.location(), draft.description());
        IncidentRejectedException.checkLength(draft.reportedBy(), IncidentProblem.MAX_NAME);
        Procedure procedure = procedures.current(draft.type());
        Incident incident = new Incident(ids.get(), draft.meetingId(), draft.type(), draft.occurredAt(),
                draft.location().strip(), draft.seatKey(), draft.severity(), draft.description().strip(),
                IncidentStatus.OPEN, procedure.id(), procedure.version(), draft.reportedBy(), null, null, null, false,
                "", 1);
        return new IncidentVersion(incident, clock.instant(), draft.reportedBy(), ChangeKind.CREATED);
    }

    /** The version moving an open incident to "being handled" now, or null when it is past open. */
    IncidentVersion startedHandling(Incident incident, String by) {
        if (incident.status() != IncidentStatus.OPEN) {
            return null;
        }
        Instant now = clock.instant();
        return new IncidentVersion(incident.withStatus(IncidentStatus.HANDLING, now).atVersion(incident.version() + 1),
                now, by, ChangeKind.STATUS_CHANGED);
    }

    /** The incident, which must exist and be neither voided nor closed. */
    Incident changeable(UUID incidentId) {
        Incident current = existing(incidentId);
        if (current.voided()) {
            throw new IncidentRejectedException(IncidentProblem.VOIDED);
        }
        if (current.status() == IncidentStatus.CLOSED) {
            throw new IncidentRejectedException(IncidentProblem.CLOSED);
        }
        return current;
    }

    private Incident existing(UUID incidentId) {
        return incidents.find(incidentId)
                .orElseThrow(() -> new IncidentRejectedException(IncidentProblem.NOT_FOUND));
    }

    private Incident write(Incident changed, ChangeKind kind, String by) {
        IncidentRejectedException.checkLength(by, IncidentProblem.MAX_NAME);
        Incident next = changed.atVersion(changed.version() + 1);
        try {
            incidents.change(new IncidentVersion(next, clock.instant(), by, kind));
        } catch (ConcurrentChangeException e) {
            throw new IncidentRejectedException(IncidentProblem.CHANGED_MEANWHILE);
        }
        return next;
    }

    private static void checkDetails(String location, String description) {
        IncidentRejectedException.checkLength(location, IncidentProblem.MAX_TEXT);
        IncidentRejectedException.checkLength(description, IncidentProblem.MAX_DESCRIPTION);
    }
}
