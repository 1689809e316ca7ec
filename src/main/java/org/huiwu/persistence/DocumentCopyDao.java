package org.huiwu.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.model.incidents.DocumentCopy;
import org.huiwu.model.incidents.IncidentVersion;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Stores the numbered copies of classified documents and the close of each meeting's recovery; the
 * close writes the lost-document incident (if any) in the same transaction. Thread-safe.
 */
@RegisterConstructorMapper(DocumentCopy.class)
@RegisterConstructorMapper(DocumentCopyDao.CloseRow.class)
public interface DocumentCopyDao extends IncidentRows {

    /** One {@code document_recovery_close} row; {@code incidentId} is null when nothing was missing. */
    record CloseRow(UUID meetingId, Instant closedAt, String closedBy, UUID incidentId) {
    }

    @SqlBatch("""
            INSERT INTO document_copy (id, meeting_id, title, copy_number, issued_to, issued_at, signed_at,
                recovered_at, recovered_by)
            VALUES (:c.id, :c.meetingId, :c.title, :c.copyNumber, :c.issuedTo, :c.issuedAt, :c.signedAt,
                :c.recoveredAt, :c.recoveredBy)
            """)
    void insertAll(@BindMethods("c") List<DocumentCopy> copies);

    @SqlUpdate("UPDATE document_copy SET signed_at = :at WHERE id = :id AND signed_at IS NULL")
    int markSigned(@Bind("id") UUID id, @Bind("at") Instant at);

    @SqlUpdate("UPDATE document_copy SET recovered_at = :at, recovered_by = :by WHERE id = :id AND recovered_at IS NULL")
    int markRecovered(@Bind("id") UUID id, @Bind("at") Instant at, @Bind("by") String by);

    @SqlQuery("SELECT * FROM document_copy WHERE id = :id")
    Optional<DocumentCopy> find(@Bind("id") UUID id);

    @SqlQuery("SELECT * FROM document_copy WHERE meeting_id = :meetingId ORDER BY title, copy_number")
    List<DocumentCopy> ofMeeting(@Bind("meetingId") UUID meetingId);

    @SqlQuery("SELECT COALESCE(MAX(copy_number), 0) FROM document_copy WHERE meeting_id = :meetingId AND title = :title")
    int highestNumber(@Bind("meetingId") UUID meetingId, @Bind("title") String title);

    @SqlQuery("SELECT * FROM document_recovery_close WHERE meeting_id = :meetingId")
    Optional<CloseRow> closing(@Bind("meetingId") UUID meetingId);

    @SqlUpdate("""
            INSERT INTO document_recovery_close (meeting_id, closed_at, closed_by, incident_id)
            VALUES (:r.meetingId, :r.closedAt, :r.closedBy, :r.incidentId)
            """)
    void insertClosing(@BindMethods("r") CloseRow closing);

    /** Inserts newly issued copies (numbered by the caller), in one transaction. */
    @Transaction
    default void issue(List<DocumentCopy> copies) {
        insertAll(copies);
    }

    /** Closes the recovery and writes the lost-document incident when there is one, in one transaction. */
    @Transaction
    default void close(CloseRow closing, IncidentVersion lostDocuments) {
        if (lostDocuments != null) {
            insertNew(lostDocuments);
        }
        insertClosing(closing);
    }
}
