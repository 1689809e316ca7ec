package org.huiwu.persistence;

import java.util.List;
import java.util.Optional;

import org.huiwu.model.provenance.CheckedKind;
import org.huiwu.model.provenance.TextCheck;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Stores the checks of texts against the printed standard, for every kind of item in one table. Checks
 * are only inserted; the latest of an item is its check. Thread-safe when attached on demand.
 */
@RegisterConstructorMapper(TextCheck.class)
public interface TextCheckDao {

    @SqlUpdate("""
            INSERT INTO text_check (id, item_kind, item_id, clause, checked_by, checked_at)
            VALUES (:c.id, :c.itemKind, :c.itemId, :c.clause, :c.checkedBy, :c.checkedAt)
            """)
    void insert(@BindMethods("c") TextCheck check);

    /** The latest check of one item, if it was ever checked. */
    @SqlQuery("""
            SELECT * FROM text_check WHERE item_kind = :kind AND item_id = :id
            ORDER BY checked_at DESC, id DESC LIMIT 1
            """)
    Optional<TextCheck> latest(@Bind("kind") CheckedKind kind, @Bind("id") String itemId);

    /** The latest check of every item ever checked, by kind and id. */
    @SqlQuery("""
            SELECT * FROM text_check c WHERE NOT EXISTS (SELECT 1 FROM text_check d
                WHERE d.item_kind = c.item_kind AND d.item_id = c.item_id
                AND (d.checked_at > c.checked_at OR (d.checked_at = c.checked_at AND d.id > c.id)))
            ORDER BY item_kind, item_id
            """)
    List<TextCheck> latestOfEach();

    /** Every check of one item, oldest first. */
    @SqlQuery("SELECT * FROM text_check WHERE item_kind = :kind AND item_id = :id ORDER BY checked_at, id")
    List<TextCheck> history(@Bind("kind") CheckedKind kind, @Bind("id") String itemId);
}
