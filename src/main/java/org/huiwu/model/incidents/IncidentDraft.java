package org.huiwu.model.incidents;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An incident being captured and not yet saved: the time was stamped at the attendant's first click;
 * the type is null until picked, everything else may stay empty and be filled in later. Immutable;
 * the {@code with…} methods return copies.
 */
public record IncidentDraft(UUID meetingId, Instant occurredAt, String reportedBy, IncidentType type,
        String location, String seatKey, Severity severity, String description) {

    public IncidentDraft {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        reportedBy = reportedBy == null ? "" : reportedBy;
        location = location == null ? "" : location;
        seatKey = seatKey == null ? "" : seatKey;
        severity = severity == null ? Severity.GENERAL : severity;
        description = description == null ? "" : description;
    }

    public IncidentDraft withReportedBy(String newReportedBy) {
        return new IncidentDraft(meetingId, occurredAt, newReportedBy, type, location, seatKey, severity, description);
    }

    public IncidentDraft withType(IncidentType newType) {
        return new IncidentDraft(meetingId, occurredAt, reportedBy, newType, location, seatKey, severity, description);
    }

    public IncidentDraft withLocation(String newLocation, String newSeatKey) {
        return new IncidentDraft(meetingId, occurredAt, reportedBy, type, newLocation, newSeatKey, severity,
                description);
    }

    public IncidentDraft withSeverity(Severity newSeverity) {
        return new IncidentDraft(meetingId, occurredAt, reportedBy, type, location, seatKey, newSeverity, description);
    }

    public IncidentDraft withDescription(String newDescription) {
        return new IncidentDraft(meetingId, occurredAt, reportedBy, type, location, seatKey, severity, newDescription);
    }
}
