package org.huiwu.persistence;

import java.util.UUID;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Mixed into the DAOs whose writes other laptops must see at once (decision 0031): adds one row to the change
 * feed, called from the DAO's own {@code @Transaction} method so the row commits with the change or not at all.
 * Thread-safe when attached on demand.
 */
public interface FeedsChanges {

    /** A tea-service record (seat event, phase change, round). */
    String SERVICE = "SERVICE";
    /** A check-in state of an attendee. */
    String CHECK_IN = "CHECK_IN";
    /** An incident record (capture, change, procedure tick). */
    String INCIDENT = "INCIDENT";
    /** A mark on a service checklist item. */
    String CHECKLIST = "CHECKLIST";
    /** A meeting's details. */
    String MEETING = "MEETING";
    /** The seat assignments of a meeting's plan (a drag, lock, unseat, auto-assign or reflow). */
    String SEATING = "SEATING";
    /** The layout of a meeting's plan: its blocks, rows and seats, its rules, door and viewpoint (decision 0039). */
    String SEAT_LAYOUT = "SEAT_LAYOUT";

    /** Every kind above. */
    java.util.List<String> KINDS = java.util.List.of(SERVICE, CHECK_IN, INCIDENT, CHECKLIST, MEETING, SEATING,
            SEAT_LAYOUT);

    @SqlUpdate("""
            INSERT INTO change_feed (meeting_id, kind, record_id, written_at)
            VALUES (:meetingId, :kind, :recordId, CURRENT_TIMESTAMP)
            """)
    void noteChange(@Bind("meetingId") UUID meetingId, @Bind("kind") String kind, @Bind("recordId") UUID recordId);

    /** Notes a change of the attendee's record under the attendee's meeting. */
    @SqlUpdate("""
            INSERT INTO change_feed (meeting_id, kind, record_id, written_at)
            SELECT meeting_id, :kind, id, CURRENT_TIMESTAMP FROM attendee WHERE id = :attendeeId
            """)
    void noteAttendeeChange(@Bind("attendeeId") UUID attendeeId, @Bind("kind") String kind);

    /** Notes a change of the incident's records under the incident's meeting. */
    @SqlUpdate("""
            INSERT INTO change_feed (meeting_id, kind, record_id, written_at)
            SELECT meeting_id, 'INCIDENT', id, CURRENT_TIMESTAMP FROM incident WHERE id = :incidentId
            """)
    void noteIncidentChange(@Bind("incidentId") UUID incidentId);

    /** Notes a change of the seat plan's assignments under the plan's meeting. */
    @SqlUpdate("""
            INSERT INTO change_feed (meeting_id, kind, record_id, written_at)
            SELECT meeting_id, 'SEATING', id, CURRENT_TIMESTAMP FROM seat_plan WHERE id = :planId
            """)
    void noteSeatingChange(@Bind("planId") UUID planId);
}
