package org.huiwu.persistence;

import java.time.OffsetDateTime;
import java.util.List;

import org.huiwu.model.live.Change;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Reads the change feed (decision 0031) by sequence number and prunes old rows. Rows are written by the DAOs that
 * mix in {@link FeedsChanges}. Thread-safe when attached on demand.
 */
@RegisterConstructorMapper(Change.class)
public interface ChangeFeedDao extends FeedsChanges {

    /** The changes after {@code after}, oldest first, at most {@code limit}. */
    @SqlQuery("""
            SELECT seq, meeting_id, kind, record_id FROM change_feed WHERE seq > :after ORDER BY seq LIMIT :limit
            """)
    List<Change> since(@Bind("after") long after, @Bind("limit") int limit);

    /** The highest sequence number written so far (0 when none). */
    @SqlQuery("SELECT COALESCE(MAX(seq), 0) FROM change_feed")
    long last();

    /** Deletes the rows written before {@code before}; returns how many. */
    @SqlUpdate("DELETE FROM change_feed WHERE written_at < :before")
    int prune(@Bind("before") OffsetDateTime before);
}
