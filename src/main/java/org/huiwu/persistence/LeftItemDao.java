package org.huiwu.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.model.incidents.LeftItem;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Stores the left-items register. Lines are never deleted. Thread-safe when attached on demand. */
@RegisterConstructorMapper(LeftItem.class)
public interface LeftItemDao {

    @SqlUpdate("""
            MERGE INTO left_item (id, meeting_id, what, found_where, seat_key, found_at, found_by, handed_to,
                handed_at, returned_to, returned_at)
            KEY (id)
            VALUES (:l.id, :l.meetingId, :l.what, :l.foundWhere, :l.seatKey, :l.foundAt, :l.foundBy, :l.handedTo,
                :l.handedAt, :l.returnedTo, :l.returnedAt)
            """)
    void save(@BindMethods("l") LeftItem item);

    /**
     * Saves a line registered ({@code seen} null), handed over or returned by an attendant who saw it as
     * {@code seen}: while the server answers, as {@link #save}; {@link OfflineDaos} queues it during an outage and the
     * sender merges it field by field over the stored line, never moving its status back (decision 0045).
     */
    default void saveFrom(LeftItem seen, LeftItem mine) {
        save(mine);
    }

    @SqlQuery("SELECT * FROM left_item WHERE id = :id")
    Optional<LeftItem> find(@Bind("id") UUID id);

    @SqlQuery("SELECT * FROM left_item WHERE meeting_id = :meetingId ORDER BY found_at, id")
    List<LeftItem> ofMeeting(@Bind("meetingId") UUID meetingId);

    @SqlQuery("SELECT * FROM left_item WHERE returned_at IS NULL ORDER BY found_at, id")
    List<LeftItem> open();
}
