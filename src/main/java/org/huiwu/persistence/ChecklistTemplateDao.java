package org.huiwu.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.model.checklists.TemplateItem;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Stores the meeting service checklist template (会前/会中/会后 items). Items are never deleted: a retired
 * item is kept and no longer copied to new meetings. Every write counts a new version (decision 0050). Thread-safe
 * when attached on demand.
 */
@RegisterConstructorMapper(TemplateItem.class)
public interface ChecklistTemplateDao extends SqlObject {

    @SqlQuery("SELECT * FROM checklist_template_item ORDER BY phase, position, id")
    List<TemplateItem> all();

    @SqlQuery("SELECT * FROM checklist_template_item WHERE id = :id")
    Optional<TemplateItem> find(@Bind("id") UUID id);

    @SqlQuery("SELECT version FROM checklist_template_item WHERE id = :id")
    Optional<Integer> version(@Bind("id") UUID id);

    /** The item with the version it was read at (decision 0050); the version is read first, as for attendees. */
    @Transaction
    default Optional<Versioned<TemplateItem>> findVersioned(UUID id) {
        return version(id).flatMap(v -> find(id).map(i -> new Versioned<>(i, v)));
    }

    @SqlUpdate("""
            UPDATE checklist_template_item SET phase = :t.phase, position = :t.position, text_zh = :t.textZh,
                text_en = :t.textEn, retired = :t.retired, changed_at = :t.changedAt, changed_by = :t.changedBy,
                version = version + 1
            WHERE id = :t.id AND (version = :expected OR :expected < 0)
            """)
    int update(@BindMethods("t") TemplateItem item, @Bind("expected") int expected);

    @SqlUpdate("""
            INSERT INTO checklist_template_item (id, phase, position, text_zh, text_en, retired, changed_at, changed_by)
            VALUES (:t.id, :t.phase, :t.position, :t.textZh, :t.textEn, :t.retired, :t.changedAt, :t.changedBy)
            """)
    void insert(@BindMethods("t") TemplateItem item);

    /** Adds the item or overwrites the stored one with its id, unchecked (a new version all the same). */
    @Transaction
    default void save(TemplateItem item) {
        if (update(item, -1) == 0) {
            insert(item);
        }
    }

    /** Saves several items (a reorder) in one transaction, unchecked. */
    @Transaction
    default void saveAll(List<TemplateItem> items) {
        items.forEach(this::save);
    }

    /**
     * Saves items added or changed by an editor who saw them as {@code seen} (null at a new item's place), all or
     * nothing: each changed item only while it is stored exactly as seen, at the version read in this transaction
     * (decision 0050); a new item is inserted. {@link OfflineDaos} queues it during an outage and the sender merges it
     * over what was seen (decision 0045).
     *
     * @throws ConcurrentChangeException naming the first item another laptop changed since it was seen (or removed);
     *         nothing is written then
     */
    @Transaction
    default void saveAllFrom(List<TemplateItem> seen, List<TemplateItem> changed) {
        for (int i = 0; i < changed.size(); i++) {
            TemplateItem item = changed.get(i);
            if (seen.get(i) == null) {
                insert(item);
                continue;
            }
            Optional<Versioned<TemplateItem>> stored = findVersioned(item.id());
            if (stored.isEmpty() || !stored.get().record().equals(seen.get(i))
                    || update(item, stored.get().version()) == 0) {
                throw new ConcurrentChangeException(item.id());
            }
        }
    }

    /**
     * Whether this login may change the template: always on the laptop's H2 file; on a venue server as the server's
     * grants say (only supervisors may, decision 0030). A remembered read, so during an outage the laptop answers
     * from its last connect (decision 0045).
     */
    default boolean mayChange() {
        return TableGrants.mayInsert(getHandle(), "checklist_template_item");
    }
}
