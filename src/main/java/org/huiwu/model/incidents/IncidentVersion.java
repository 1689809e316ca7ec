package org.huiwu.model.incidents;

import java.time.Instant;
import java.util.Objects;

/**
 * One kept version of an incident: its full values at that version ({@code incident.version()} is
 * the version number), when and by whom it was made, and what kind of change it was. Versions are
 * never changed or deleted. Immutable.
 */
public record IncidentVersion(Incident incident, Instant changedAt, String changedBy, ChangeKind kind) {

    public IncidentVersion {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(kind, "kind");
        changedBy = changedBy == null ? "" : changedBy;
    }

    public int number() {
        return incident.version();
    }
}
