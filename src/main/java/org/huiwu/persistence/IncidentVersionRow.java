package org.huiwu.persistence;

import java.time.Instant;
import java.util.UUID;

import org.huiwu.model.incidents.ChangeKind;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.IncidentVersion;
import org.huiwu.model.incidents.Severity;

/** One {@code incident_version} row as read by Jdbi's constructor mapper. Immutable. */
public record IncidentVersionRow(UUID incidentId, int version, UUID meetingId, IncidentType type, Instant occurredAt,
        String location, String seatKey, Severity severity, String description, IncidentStatus status,
        UUID procedureId, int procedureVersion, String reportedBy, Instant handlingAt, Instant resolvedAt,
        Instant closedAt, boolean voided, String voidReason, Instant changedAt, String changedBy,
        ChangeKind changeKind) {

    IncidentVersion toVersion() {
        return new IncidentVersion(new Incident(incidentId, meetingId, type, occurredAt, location, seatKey, severity,
                description, status, procedureId, procedureVersion, reportedBy, handlingAt, resolvedAt, closedAt,
                voided, voidReason, version), changedAt, changedBy, changeKind);
    }
}
