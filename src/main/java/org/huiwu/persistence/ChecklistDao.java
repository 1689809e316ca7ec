package org.huiwu.persistence;

import java.util.List;
import java.util.UUID;

import org.huiwu.model.incidents.IncidentVersion;
import org.huiwu.model.incidents.Notification;
import org.huiwu.model.incidents.StepTick;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Stores what was done on an incident's checklist: step ticks (and skips) and notifications. Both are
 * only ever inserted; a tick that moves the incident to "being handled" writes that change and its
 * version in the same transaction. Thread-safe when attached on demand.
 */
@RegisterConstructorMapper(StepTick.class)
@RegisterConstructorMapper(Notification.class)
public interface ChecklistDao extends IncidentRows, FeedsChanges {

    @SqlQuery("SELECT * FROM step_tick WHERE incident_id = :id ORDER BY step_number")
    List<StepTick> ticks(@Bind("id") UUID incidentId);

    @SqlQuery("SELECT * FROM incident_notification WHERE incident_id = :id ORDER BY notified_at, id")
    List<Notification> notifications(@Bind("id") UUID incidentId);

    @SqlUpdate("""
            INSERT INTO step_tick (incident_id, step_number, ticked_at, ticked_by, skipped, skip_reason)
            VALUES (:t.incidentId, :t.stepNumber, :t.tickedAt, :t.tickedBy, :t.skipped, :t.skipReason)
            """)
    void insertTick(@BindMethods("t") StepTick tick);

    @SqlUpdate("""
            INSERT INTO incident_notification (id, incident_id, role, contact_name, phone, notified_at, notified_by)
            VALUES (:n.id, :n.incidentId, :n.role, :n.contactName, :n.phone, :n.notifiedAt, :n.notifiedBy)
            """)
    void insertNotification(@BindMethods("n") Notification notification);

    /** Records a tick, and the incident's status change when there is one, in one transaction. */
    @Transaction
    default void tick(StepTick tick, IncidentVersion statusChange) {
        insertTick(tick);
        noteIncidentChange(tick.incidentId());
        if (statusChange != null) {
            insertChange(statusChange);
        }
    }

    /** Records a notification, and the incident's status change when there is one, in one transaction. */
    @Transaction
    default void notified(Notification notification, IncidentVersion statusChange) {
        insertNotification(notification);
        noteIncidentChange(notification.incidentId());
        if (statusChange != null) {
            insertChange(statusChange);
        }
    }
}
