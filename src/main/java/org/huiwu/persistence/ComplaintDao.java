package org.huiwu.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.model.feedback.Complaint;
import org.huiwu.model.feedback.ComplaintChange;
import org.huiwu.model.feedback.ComplaintVersion;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Stores complaints: the current row and, in the same transaction, a version row for every change.
 * Version rows are never updated or deleted. Thread-safe when attached on demand.
 */
@RegisterConstructorMapper(Complaint.class)
@RegisterConstructorMapper(ComplaintVersionRow.class)
public interface ComplaintDao {

    String COLUMNS = """
            id, meeting_id, received_at, channel, complainant_unit, complainant_name, complainant_contact, category,
            content, status, handled_by, actions_taken, result, complainant_response, closed_at, recorded_by, version""";

    @SqlQuery("SELECT * FROM complaint WHERE id = :id")
    Optional<Complaint> find(@Bind("id") UUID id);

    @SqlQuery("SELECT * FROM complaint WHERE meeting_id = :meeting ORDER BY received_at, id")
    List<Complaint> ofMeeting(@Bind("meeting") UUID meetingId);

    @SqlQuery("SELECT * FROM complaint_version WHERE complaint_id = :id ORDER BY version")
    List<ComplaintVersionRow> versionRows(@Bind("id") UUID complaintId);

    @SqlUpdate("INSERT INTO complaint (" + COLUMNS + """
            ) VALUES (:c.id, :c.meetingId, :c.receivedAt, :c.channel, :c.complainantUnit, :c.complainantName,
                :c.complainantContact, :c.category, :c.content, :c.status, :c.handledBy, :c.actionsTaken, :c.result,
                :c.complainantResponse, :c.closedAt, :c.recordedBy, :c.version)
            """)
    void insertRow(@BindMethods("c") Complaint complaint);

    /** Replaces the current row, only when it is still at the version the change was made from. */
    @SqlUpdate("""
            UPDATE complaint SET received_at = :c.receivedAt, channel = :c.channel,
                complainant_unit = :c.complainantUnit, complainant_name = :c.complainantName,
                complainant_contact = :c.complainantContact, category = :c.category, content = :c.content,
                status = :c.status, handled_by = :c.handledBy, actions_taken = :c.actionsTaken, result = :c.result,
                complainant_response = :c.complainantResponse, closed_at = :c.closedAt, version = :c.version
            WHERE id = :c.id AND version = :c.version - 1
            """)
    int updateRow(@BindMethods("c") Complaint complaint);

    @SqlUpdate("""
            INSERT INTO complaint_version (complaint_id, version, meeting_id, received_at, channel, complainant_unit,
                complainant_name, complainant_contact, category, content, status, handled_by, actions_taken, result,
                complainant_response, closed_at, recorded_by, changed_at, changed_by, change_kind)
            VALUES (:c.id, :c.version, :c.meetingId, :c.receivedAt, :c.channel, :c.complainantUnit, :c.complainantName,
                :c.complainantContact, :c.category, :c.content, :c.status, :c.handledBy, :c.actionsTaken, :c.result,
                :c.complainantResponse, :c.closedAt, :c.recordedBy, :changedAt, :changedBy, :kind)
            """)
    void insertVersionRow(@BindMethods("c") Complaint complaint, @Bind("changedAt") Instant changedAt,
            @Bind("changedBy") String changedBy, @Bind("kind") ComplaintChange kind);

    /** Every version of the complaint, oldest first. */
    default List<ComplaintVersion> history(UUID complaintId) {
        return versionRows(complaintId).stream().map(ComplaintVersionRow::toVersion).toList();
    }

    /** Writes a new complaint with its first version, in one transaction. */
    @Transaction
    default void create(ComplaintVersion created) {
        insertRow(created.complaint());
        insertVersionRow(created.complaint(), created.changedAt(), created.changedBy(), created.kind());
    }

    /**
     * Writes a change with its version row, in one transaction.
     *
     * @throws ConcurrentChangeException when someone else changed the complaint since it was read
     */
    @Transaction
    default void change(ComplaintVersion change) {
        if (updateRow(change.complaint()) != 1) {
            throw new ConcurrentChangeException(change.complaint().id());
        }
        insertVersionRow(change.complaint(), change.changedAt(), change.changedBy(), change.kind());
    }
}
