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
 * item is kept and no longer copied to new meetings. Thread-safe when attached on demand.
 */
@RegisterConstructorMapper(TemplateItem.class)
public interface ChecklistTemplateDao extends SqlObject {

    @SqlQuery("SELECT * FROM checklist_template_item ORDER BY phase, position, id")
    List<TemplateItem> all();

    @SqlQuery("SELECT * FROM checklist_template_item WHERE id = :id")
    Optional<TemplateItem> find(@Bind("id") UUID id);

    @SqlUpdate("""
            MERGE INTO checklist_template_item (id, phase, position, text_zh, text_en, retired, changed_at, changed_by)
            KEY (id)
            VALUES (:t.id, :t.phase, :t.position, :t.textZh, :t.textEn, :t.retired, :t.changedAt, :t.changedBy)
            """)
    void save(@BindMethods("t") TemplateItem item);

    /** Saves several items (a reorder) in one transaction. */
    @Transaction
    default void saveAll(List<TemplateItem> items) {
        items.forEach(this::save);
    }

    /**
     * Saves items added or changed by an editor who saw them as {@code seen} (null at a new item's place): while the
     * server answers, as {@link #saveAll}; {@link OfflineDaos} queues it during an outage and the sender stores it
     * only over what was seen, merged field by field (decision 0045).
     */
    default void saveAllFrom(List<TemplateItem> seen, List<TemplateItem> changed) {
        saveAll(changed);
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
