package org.huiwu.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentCounts;
import org.huiwu.model.incidents.IncidentVersion;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Stores incidents: the current row and, in the same transaction, a new version row for every change.
 * Version rows are never updated or deleted. Thread-safe when attached on demand.
 */
@RegisterConstructorMapper(Incident.class)
@RegisterConstructorMapper(IncidentVersionRow.class)
@RegisterConstructorMapper(IncidentCounts.class)
public interface IncidentDao extends IncidentRows, FeedsChanges {

    @SqlQuery("SELECT * FROM incident WHERE id = :id")
    Optional<Incident> find(@Bind("id") UUID id);

    @SqlQuery("SELECT * FROM incident WHERE meeting_id = :meetingId ORDER BY occurred_at, id")
    List<Incident> listByMeeting(@Bind("meetingId") UUID meetingId);

    @SqlQuery("SELECT * FROM incident_version WHERE incident_id = :id ORDER BY version")
    List<IncidentVersionRow> versionRows(@Bind("id") UUID incidentId);

    @SqlQuery("""
            SELECT meeting_id,
                COUNT(*) AS total,
                SUM(CASE WHEN status IN ('OPEN', 'HANDLING') THEN 1 ELSE 0 END) AS unresolved,
                SUM(CASE WHEN severity = 'SEVERE' THEN 1 ELSE 0 END) AS severe
            FROM incident WHERE NOT voided GROUP BY meeting_id
            """)
    List<IncidentCounts> countRows();

    @SqlQuery("SELECT COUNT(*) FROM step_tick WHERE incident_id = :id")
    int tickCount(@Bind("id") UUID incidentId);

    /** Every version of the incident, oldest first. */
    default List<IncidentVersion> history(UUID incidentId) {
        return versionRows(incidentId).stream().map(IncidentVersionRow::toVersion).toList();
    }

    /** Writes a new incident with its first version, in one transaction. */
    @Transaction
    default void create(IncidentVersion created) {
        insertNew(created);
        noteChange(created.incident().meetingId(), INCIDENT, created.incident().id());
    }

    /** Writes a change of an incident with its version row, in one transaction. */
    @Transaction
    default void change(IncidentVersion change) {
        insertChange(change);
        noteChange(change.incident().meetingId(), INCIDENT, change.incident().id());
    }
}
