package org.huiwu.persistence;

import java.time.Instant;

import org.huiwu.model.incidents.ChangeKind;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentVersion;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The writes of an incident's current row and of its append-only version rows, shared by every DAO
 * whose transaction may create or change an incident (the incident log, the checklist, document
 * recovery). Version rows are inserted, never updated or deleted. Thread-safe when attached on demand.
 */
public interface IncidentRows {

    @SqlUpdate("""
            INSERT INTO incident (id, meeting_id, type, occurred_at, location, seat_key, severity, description, status,
                procedure_id, procedure_version, reported_by, handling_at, resolved_at, closed_at, voided, void_reason,
                version)
            VALUES (:i.id, :i.meetingId, :i.type, :i.occurredAt, :i.location, :i.seatKey, :i.severity, :i.description,
                :i.status, :i.procedureId, :i.procedureVersion, :i.reportedBy, :i.handlingAt, :i.resolvedAt,
                :i.closedAt, :i.voided, :i.voidReason, :i.version)
            """)
    void insertIncidentRow(@BindMethods("i") Incident incident);

    /** Replaces the current row, only when it is still at the version the change was made from. */
    @SqlUpdate("""
            UPDATE incident SET type = :i.type, occurred_at = :i.occurredAt, location = :i.location,
                seat_key = :i.seatKey, severity = :i.severity, description = :i.description, status = :i.status,
                procedure_id = :i.procedureId, procedure_version = :i.procedureVersion, handling_at = :i.handlingAt,
                resolved_at = :i.resolvedAt, closed_at = :i.closedAt, voided = :i.voided,
                void_reason = :i.voidReason, version = :i.version
            WHERE id = :i.id AND version = :i.version - 1
            """)
    int updateIncidentRow(@BindMethods("i") Incident incident);

    @SqlUpdate("""
            INSERT INTO incident_version (incident_id, version, meeting_id, type, occurred_at, location, seat_key,
                severity, description, status, procedure_id, procedure_version, reported_by, handling_at, resolved_at,
                closed_at, voided, void_reason, changed_at, changed_by, change_kind)
            VALUES (:i.id, :i.version, :i.meetingId, :i.type, :i.occurredAt, :i.location, :i.seatKey, :i.severity,
                :i.description, :i.status, :i.procedureId, :i.procedureVersion, :i.reportedBy, :i.handlingAt,
                :i.resolvedAt, :i.closedAt, :i.voided, :i.voidReason, :changedAt, :changedBy, :kind)
            """)
    void insertVersionRow(@BindMethods("i") Incident incident, @Bind("changedAt") Instant changedAt,
            @Bind("changedBy") String changedBy, @Bind("kind") ChangeKind kind);

    /** Writes a new incident and its first version (call inside a transaction). */
    default void insertNew(IncidentVersion created) {
        insertIncidentRow(created.incident());
        insertVersionRow(created.incident(), created.changedAt(), created.changedBy(), created.kind());
    }

    /**
     * Writes a changed incident and its version row (call inside a transaction).
     *
     * @throws ConcurrentChangeException when someone else changed the incident since it was read
     */
    default void insertChange(IncidentVersion change) {
        if (updateIncidentRow(change.incident()) != 1) {
            throw new ConcurrentChangeException(change.incident().id());
        }
        insertVersionRow(change.incident(), change.changedAt(), change.changedBy(), change.kind());
    }
}
