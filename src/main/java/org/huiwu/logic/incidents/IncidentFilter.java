package org.huiwu.logic.incidents;

import java.util.Set;

import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.Severity;

/**
 * Which incidents a timeline shows: an empty set means "any" for types, statuses and severities;
 * voided incidents are shown (marked) unless left out. Immutable.
 */
public record IncidentFilter(Set<IncidentType> types, Set<IncidentStatus> statuses, Set<Severity> severities,
        boolean includeVoided) {

    public IncidentFilter {
        types = Set.copyOf(types);
        statuses = Set.copyOf(statuses);
        severities = Set.copyOf(severities);
    }

    /** Every incident, voided ones included. */
    public static IncidentFilter all() {
        return new IncidentFilter(Set.of(), Set.of(), Set.of(), true);
    }

    public IncidentFilter withTypes(Set<IncidentType> newTypes) {
        return new IncidentFilter(newTypes, statuses, severities, includeVoided);
    }

    public IncidentFilter withStatuses(Set<IncidentStatus> newStatuses) {
        return new IncidentFilter(types, newStatuses, severities, includeVoided);
    }

    public IncidentFilter withSeverities(Set<Severity> newSeverities) {
        return new IncidentFilter(types, statuses, newSeverities, includeVoided);
    }

    public IncidentFilter withVoided(boolean include) {
        return new IncidentFilter(types, statuses, severities, include);
    }

    public boolean test(Incident incident) {
        return (types.isEmpty() || types.contains(incident.type()))
                && (statuses.isEmpty() || statuses.contains(incident.status()))
                && (severities.isEmpty() || severities.contains(incident.severity()))
                && (includeVoided || !incident.voided());
    }
}
