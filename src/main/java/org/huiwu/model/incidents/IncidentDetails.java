package org.huiwu.model.incidents;

import java.time.Instant;
import java.util.Objects;

/**
 * The part of an incident the attendant fills in and may correct later: type, time, place, severity
 * and description. Empty text means "not given". Immutable; {@code with…} methods return copies.
 */
public record IncidentDetails(
        IncidentType type,
        Instant occurredAt,
        String location,
        String seatKey,
        Severity severity,
        String description) {

    public IncidentDetails {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(severity, "severity");
        location = location == null ? "" : location;
        seatKey = seatKey == null ? "" : seatKey;
        description = description == null ? "" : description;
    }

    public IncidentDetails withType(IncidentType newType) {
        return new IncidentDetails(newType, occurredAt, location, seatKey, severity, description);
    }

    public IncidentDetails withLocation(String newLocation, String newSeatKey) {
        return new IncidentDetails(type, occurredAt, newLocation, newSeatKey, severity, description);
    }

    public IncidentDetails withSeverity(Severity newSeverity) {
        return new IncidentDetails(type, occurredAt, location, seatKey, newSeverity, description);
    }

    public IncidentDetails withDescription(String newDescription) {
        return new IncidentDetails(type, occurredAt, location, seatKey, severity, newDescription);
    }

    public IncidentDetails withOccurredAt(Instant newOccurredAt) {
        return new IncidentDetails(type, newOccurredAt, location, seatKey, severity, description);
    }
}
