package org.huiwu.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.privacy.ConfidentialExport;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Stores the log of 涉密 exports (venue-wide: it stays on this laptop). Thread-safe when attached on demand. */
public interface ConfidentialExportDao {

    /** A stored log row. */
    record Row(UUID id, UUID meetingId, String meetingTitle, String exportedBy, OffsetDateTime exportedAt,
            String format, String destination) {
    }

    @SqlUpdate("""
            INSERT INTO confidential_export (id, meeting_id, meeting_title, exported_by, exported_at, format, destination)
            VALUES (:id, :meetingId, :title, :by, :at, :format, :destination)
            """)
    void insertRow(@Bind("id") UUID id, @Bind("meetingId") UUID meetingId, @Bind("title") String title,
            @Bind("by") String by, @Bind("at") OffsetDateTime at, @Bind("format") String format,
            @Bind("destination") String destination);

    @SqlQuery("""
            SELECT id, meeting_id, meeting_title, exported_by, exported_at, format, destination
            FROM confidential_export WHERE meeting_id = :meetingId ORDER BY exported_at, id
            """)
    @RegisterConstructorMapper(Row.class)
    List<Row> rowsFor(@Bind("meetingId") UUID meetingId);

    @SqlQuery("""
            SELECT id, meeting_id, meeting_title, exported_by, exported_at, format, destination
            FROM confidential_export ORDER BY exported_at, id
            """)
    @RegisterConstructorMapper(Row.class)
    List<Row> allRows();

    default void insert(ConfidentialExport entry) {
        insertRow(entry.id(), entry.meetingId(), entry.meetingTitle(), entry.exportedBy(),
                entry.exportedAt().atOffset(ZoneOffset.UTC), entry.format(), entry.destination());
    }

    /** The exports of the meeting, oldest first. */
    default List<ConfidentialExport> exportsOf(UUID meetingId) {
        return rowsFor(meetingId).stream().map(ConfidentialExportDao::entry).toList();
    }

    /** Every logged export, oldest first. */
    default List<ConfidentialExport> all() {
        return allRows().stream().map(ConfidentialExportDao::entry).toList();
    }

    private static ConfidentialExport entry(Row r) {
        return new ConfidentialExport(r.id(), r.meetingId(), r.meetingTitle(), r.exportedBy(), r.exportedAt().toInstant(),
                r.format(), r.destination());
    }
}
