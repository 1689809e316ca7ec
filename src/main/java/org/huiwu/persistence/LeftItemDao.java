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
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Stores the left-items register. Lines are never deleted; every write counts a new version (decision 0050).
 * Thread-safe when attached on demand.
 */
@RegisterConstructorMapper(LeftItem.class)
public interface LeftItemDao {

    @SqlUpdate("""
            UPDATE left_item SET what = :l.what, found_where = :l.foundWhere, seat_key = :l.seatKey,
                found_at = :l.foundAt, found_by = :l.foundBy, handed_to = :l.handedTo, handed_at = :l.handedAt,
                returned_to = :l.returnedTo, returned_at = :l.returnedAt, version = version + 1
            WHERE id = :l.id AND (version = :expected OR :expected < 0)
            """)
    int update(@BindMethods("l") LeftItem item, @Bind("expected") int expected);

    @SqlUpdate("""
            INSERT INTO left_item (id, meeting_id, what, found_where, seat_key, found_at, found_by, handed_to,
                handed_at, returned_to, returned_at)
            VALUES (:l.id, :l.meetingId, :l.what, :l.foundWhere, :l.seatKey, :l.foundAt, :l.foundBy, :l.handedTo,
                :l.handedAt, :l.returnedTo, :l.returnedAt)
            """)
    void insert(@BindMethods("l") LeftItem item);

    /** Adds the line or overwrites the stored one with its id, unchecked (a new version all the same). */
    @Transaction
    default void save(LeftItem item) {
        if (update(item, -1) == 0) {
            insert(item);
        }
    }

    @SqlQuery("SELECT version FROM left_item WHERE id = :id")
    Optional<Integer> version(@Bind("id") UUID id);

    /** The line with the version it was read at (decision 0050); the version is read first, as for attendees. */
    @Transaction
    default Optional<Versioned<LeftItem>> findVersioned(UUID id) {
        return version(id).flatMap(v -> find(id).map(i -> new Versioned<>(i, v)));
    }

    /**
     * Saves a line registered ({@code seen} null: inserted), handed over or returned by an attendant who saw it as
     * {@code seen}: only while it is stored exactly so, at the version read in this transaction (decision 0050).
     * {@link OfflineDaos} queues it during an outage and the sender merges it field by field over the stored line,
     * never moving its status back (decision 0045).
     *
     * @throws ConcurrentChangeException when another laptop changed (or removed) the line since it was seen; nothing
     *         is written then
     */
    @Transaction
    default void saveFrom(LeftItem seen, LeftItem mine) {
        if (seen == null) {
            insert(mine);
            return;
        }
        Optional<Versioned<LeftItem>> stored = findVersioned(mine.id());
        if (stored.isEmpty() || !stored.get().record().equals(seen) || update(mine, stored.get().version()) == 0) {
            throw new ConcurrentChangeException(mine.id());
        }
    }

    @SqlQuery("SELECT * FROM left_item WHERE id = :id")
    Optional<LeftItem> find(@Bind("id") UUID id);

    @SqlQuery("SELECT * FROM left_item WHERE meeting_id = :meetingId ORDER BY found_at, id")
    List<LeftItem> ofMeeting(@Bind("meetingId") UUID meetingId);

    @SqlQuery("SELECT * FROM left_item WHERE returned_at IS NULL ORDER BY found_at, id")
    List<LeftItem> open();
}
