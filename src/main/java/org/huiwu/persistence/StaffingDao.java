package org.huiwu.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.staff.ServedMeeting;
import org.huiwu.model.staff.Staffing;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Stores who serves each meeting on which post and zone (one row per person and meeting, in the order
 * they were put on it), and which meetings a person served. Thread-safe when attached on demand.
 */
public interface StaffingDao {

    @SqlQuery("""
            SELECT id, meeting_id, staff_id, staff_name, post_zh, post_en, zone, assigned_by FROM meeting_staffing
            WHERE meeting_id = :meeting ORDER BY position, assigned_at, id
            """)
    @RegisterConstructorMapper(Staffing.class)
    List<Staffing> ofMeeting(@Bind("meeting") UUID meetingId);

    @SqlUpdate("""
            INSERT INTO meeting_staffing (id, meeting_id, position, staff_id, staff_name, post_zh, post_en, zone,
                assigned_at, assigned_by)
            VALUES (:s.id, :s.meetingId, (SELECT COALESCE(MAX(position), 0) + 1 FROM meeting_staffing
                WHERE meeting_id = :s.meetingId), :s.staffId, :s.staffName, :s.postZh, :s.postEn, :s.zone, :at,
                :s.assignedBy)
            """)
    void insert(@BindMethods("s") Staffing staffing, @Bind("at") OffsetDateTime at);

    @SqlUpdate("UPDATE meeting_staffing SET post_zh = :s.postZh, post_en = :s.postEn, zone = :s.zone WHERE id = :s.id")
    int update(@BindMethods("s") Staffing staffing);

    /**
     * Changes a line's post and zone from {@code base}, the line as the editor saw it: written as {@link #update}
     * while the server answers; {@link OfflineDaos} queues it during an outage, and sent it is merged field by field
     * (decision 0043).
     */
    default int updateFrom(Staffing base, Staffing mine) {
        return update(mine);
    }

    @SqlQuery("""
            SELECT id, meeting_id, staff_id, staff_name, post_zh, post_en, zone, assigned_by FROM meeting_staffing
            WHERE id = :id
            """)
    @RegisterConstructorMapper(Staffing.class)
    java.util.Optional<Staffing> line(@Bind("id") UUID id);

    @SqlUpdate("DELETE FROM meeting_staffing WHERE id = :id")
    int delete(@Bind("id") UUID id);

    @SqlQuery("""
            SELECT s.meeting_id, m.title, m.meeting_date, s.post_zh, s.post_en, s.zone FROM meeting_staffing s
            JOIN meeting m ON m.id = s.meeting_id WHERE s.staff_id = :staff ORDER BY m.meeting_date DESC, m.title
            """)
    @RegisterConstructorMapper(ServedMeeting.class)
    List<ServedMeeting> meetingsOf(@Bind("staff") UUID staffId);
}
