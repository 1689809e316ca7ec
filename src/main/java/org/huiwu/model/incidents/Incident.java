package org.huiwu.model.incidents;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One logged incident as it stands now: what happened, when (stamped at the attendant's first click),
 * where, how serious, the procedure version it is handled with, its status with the time of each
 * move, and whether it was voided. {@code version} counts its changes (1 = as reported); every
 * version is kept as an {@link IncidentVersion}. Empty text means "not given" ({@code seatKey},
 * {@code voidReason}). Immutable; the {@code with…} methods return changed copies.
 */
public record Incident(
        UUID id,
        UUID meetingId,
        IncidentType type,
        Instant occurredAt,
        String location,
        String seatKey,
        Severity severity,
        String description,
        IncidentStatus status,
        UUID procedureId,
        int procedureVersion,
        String reportedBy,
        Instant handlingAt,
        Instant resolvedAt,
        Instant closedAt,
        boolean voided,
        String voidReason,
        int version) {

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(procedureId, "procedureId");
        location = location == null ? "" : location;
        seatKey = seatKey == null ? "" : seatKey;
        description = description == null ? "" : description;
        reportedBy = reportedBy == null ? "" : reportedBy;
        voidReason = voidReason == null ? "" : voidReason;
    }

    /** This incident with corrected details (the next version number is set by the log). */
    public Incident withDetails(IncidentDetails details, UUID newProcedureId, int newProcedureVersion) {
        return new Incident(id, meetingId, details.type(), details.occurredAt(), details.location(), details.seatKey(),
                details.severity(), details.description(), status, newProcedureId, newProcedureVersion, reportedBy,
                handlingAt, resolvedAt, closedAt, voided, voidReason, version);
    }

    /** The details an attendant can correct, as they stand now. */
    public IncidentDetails details() {
        return new IncidentDetails(type, occurredAt, location, seatKey, severity, description);
    }

    /** This incident moved to {@code newStatus} at {@code at}; the time of the new status is recorded. */
    public Incident withStatus(IncidentStatus newStatus, Instant at) {
        return new Incident(id, meetingId, type, occurredAt, location, seatKey, severity, description, newStatus,
                procedureId, procedureVersion, reportedBy,
                newStatus == IncidentStatus.HANDLING ? at : handlingAt,
                newStatus == IncidentStatus.RESOLVED ? at : resolvedAt,
                newStatus == IncidentStatus.CLOSED ? at : closedAt, voided, voidReason, version);
    }

    /** This incident voided with a reason; it stays visible as voided. */
    public Incident asVoided(String reason) {
        return new Incident(id, meetingId, type, occurredAt, location, seatKey, severity, description, status,
                procedureId, procedureVersion, reportedBy, handlingAt, resolvedAt, closedAt, true, reason, version);
    }

    /** The same values numbered as version {@code newVersion}. */
    public Incident atVersion(int newVersion) {
        return new Incident(id, meetingId, type, occurredAt, location, seatKey, severity, description, status,
                procedureId, procedureVersion, reportedBy, handlingAt, resolvedAt, closedAt, voided, voidReason,
                newVersion);
    }

    /** Whether a seat on the seat plan was named. */
    public boolean hasSeat() {
        return !seatKey.isEmpty();
    }
}
