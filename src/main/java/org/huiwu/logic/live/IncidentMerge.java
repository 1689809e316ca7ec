package org.huiwu.logic.live;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentDetails;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.Severity;

/**
 * The fields of an incident an attendant corrects (its details and procedure), merged field by field when a version
 * made during an outage is renumbered after another laptop's (decision 0043): {@link FieldMerge} against the incident
 * as this laptop saw it. Status, its times and the void are not among them ({@link IncidentReplay#notBack}).
 * Stateless.
 */
final class IncidentMerge {

    /** The details and the procedure (id and version together). */
    static final List<FieldMerge.Field<Incident>> FIELDS = List.of(
            FieldMerge.Field.<Incident, IncidentType>of("incident.capture.type", Incident::type,
                    (i, v) -> details(i, d -> new IncidentDetails(v, d.occurredAt(), d.location(), d.seatKey(),
                            d.severity(), d.description()))),
            FieldMerge.Field.<Incident, Instant>of("incident.field.occurredAt", Incident::occurredAt,
                    (i, v) -> details(i, d -> new IncidentDetails(d.type(), v, d.location(), d.seatKey(),
                            d.severity(), d.description()))),
            FieldMerge.Field.<Incident, String>of("incident.capture.location", Incident::location,
                    (i, v) -> details(i, d -> new IncidentDetails(d.type(), d.occurredAt(), v, d.seatKey(),
                            d.severity(), d.description()))),
            FieldMerge.Field.<Incident, String>of("incident.field.seat", Incident::seatKey,
                    (i, v) -> details(i, d -> new IncidentDetails(d.type(), d.occurredAt(), d.location(), v,
                            d.severity(), d.description()))),
            FieldMerge.Field.<Incident, Severity>of("incident.capture.severity", Incident::severity,
                    (i, v) -> details(i, d -> new IncidentDetails(d.type(), d.occurredAt(), d.location(),
                            d.seatKey(), v, d.description()))),
            FieldMerge.Field.<Incident, String>of("incident.capture.description", Incident::description,
                    (i, v) -> details(i, d -> new IncidentDetails(d.type(), d.occurredAt(), d.location(),
                            d.seatKey(), d.severity(), v))),
            FieldMerge.Field.<Incident, List<Object>>of("incident.field.procedure",
                    i -> java.util.Arrays.asList(i.procedureId(), i.procedureVersion()),
                    (i, v) -> i.withDetails(i.details(), (UUID) v.get(0), (Integer) v.get(1))));

    private IncidentMerge() {
    }

    private static Incident details(Incident incident, UnaryOperator<IncidentDetails> change) {
        return incident.withDetails(change.apply(incident.details()), incident.procedureId(),
                incident.procedureVersion());
    }

    /**
     * {@code mine} with its corrected fields merged against {@code seen} over {@code stored}: a field only this
     * laptop changed keeps its value, a field only the other laptop changed takes theirs, a field both changed
     * differently takes theirs; the rest of {@code mine} (status, times, void, version) as made.
     */
    static Merged merge(Incident seen, Incident mine, Incident stored) {
        FieldMerge<Incident> merge = new FieldMerge<>(seen, mine, stored, FIELDS);
        Incident resolved = merge.resolved(false);
        Incident result = mine;
        for (FieldMerge.Field<Incident> field : FIELDS) {
            result = field.with().apply(result, field.of(resolved));
        }
        return new Merged(result, merge.clashes().stream().map(FieldMerge.Field::labelKey).toList());
    }

    /** A merged incident and the label keys of the fields both laptops changed (theirs kept). */
    record Merged(Incident incident, List<String> clashes) {
    }
}
