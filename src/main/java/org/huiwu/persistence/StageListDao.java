package org.huiwu.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.checklists.ItemMark;
import org.huiwu.model.flow.StageItem;
import org.huiwu.model.flow.StageTemplateItem;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Stores the versioned stage checklist template (a revision inserts a whole new version) and meetings'
 * stage checklists: the copy of one version, device items, and the marks, which are only ever inserted.
 * Thread-safe when attached on demand.
 */
@RegisterConstructorMapper(StageTemplateItem.class)
@RegisterConstructorMapper(StageItem.class)
@RegisterConstructorMapper(ItemMark.class)
public interface StageListDao extends org.jdbi.v3.sqlobject.SqlObject {

    @SqlQuery("SELECT COALESCE(MAX(version), 0) FROM stage_template_version")
    int latestVersion();

    @SqlQuery("SELECT * FROM stage_template_item WHERE version = :version ORDER BY stage, kind, position, id")
    List<StageTemplateItem> templateItems(@Bind("version") int version);

    @SqlUpdate("""
            INSERT INTO stage_template_version (version, note, created_at, created_by)
            VALUES (:version, :note, :at, :by)
            """)
    void insertVersion(@Bind("version") int version, @Bind("note") String note, @Bind("at") Instant at,
            @Bind("by") String by);

    @SqlUpdate("""
            INSERT INTO stage_template_item (version, id, stage, kind, position, text_zh, text_en, mandatory,
                applies_to, guide_id)
            VALUES (:t.version, :t.id, :t.stage, :t.kind, :t.position, :t.textZh, :t.textEn, :t.mandatory,
                :t.appliesTo, :t.guideId)
            """)
    void insertTemplateItem(@BindMethods("t") StageTemplateItem item);

    /** Stores a new template version with all its items; returns its number. One transaction. */
    @Transaction
    default int publish(List<StageTemplateItem> items, String note, Instant at, String by) {
        int version = latestVersion() + 1;
        insertVersion(version, note, at, by);
        items.forEach(i -> insertTemplateItem(i.inVersion(version)));
        return version;
    }

    /** When a template version was stored: with its number, what names it across laptops (decision 0048). */
    @SqlQuery("SELECT created_at FROM stage_template_version WHERE version = :version")
    java.util.Optional<Instant> versionAt(@Bind("version") int version);

    /**
     * Stores a new template version made over version {@code seen} (stored at {@code seenAt}) as the editor read it;
     * while the server answers it is {@link #publish} as before. During an outage the offline DAOs queue it, and it is
     * sent only over that same version (decision 0048).
     */
    default int publishFrom(int seen, Instant seenAt, List<StageTemplateItem> items, String note, Instant at,
            String by) {
        return publish(items, note, at, by);
    }

    /**
     * Whether this login may change the stage checklist template: always on the laptop's H2 file, on a venue server as
     * its grants say (only supervisors may, decision 0030). A remembered read, so during an outage the laptop answers
     * from its last connect (decision 0048).
     */
    default boolean mayChange() {
        return TableGrants.mayInsert(getHandle(), "stage_template_item");
    }

    @SqlQuery("SELECT template_version FROM stage_list WHERE meeting_id = :meetingId")
    java.util.Optional<Integer> listVersion(@Bind("meetingId") UUID meetingId);

    @SqlUpdate("""
            INSERT INTO stage_list (meeting_id, template_version, created_at, created_by)
            VALUES (:meetingId, :version, :at, :by)
            """)
    void insertList(@Bind("meetingId") UUID meetingId, @Bind("version") int version, @Bind("at") Instant at,
            @Bind("by") String by);

    @SqlUpdate("""
            INSERT INTO stage_item (id, meeting_id, stage, kind, position, text_zh, text_en, mandatory, guide_id,
                template_item_id, template_version)
            VALUES (:i.id, :i.meetingId, :i.stage, :i.kind, :i.position, :i.textZh, :i.textEn, :i.mandatory,
                :i.guideId, :i.templateItemId, :i.templateVersion)
            """)
    void insertItem(@BindMethods("i") StageItem item);

    @SqlQuery("SELECT * FROM stage_item WHERE meeting_id = :meetingId ORDER BY stage, kind, position, id")
    List<StageItem> items(@Bind("meetingId") UUID meetingId);

    @SqlQuery("SELECT * FROM stage_item_mark WHERE meeting_id = :meetingId ORDER BY marked_at, mark_number, id")
    List<ItemMark> marks(@Bind("meetingId") UUID meetingId);

    @SqlQuery("SELECT COALESCE(MAX(mark_number), 0) FROM stage_item_mark WHERE item_id = :itemId")
    int lastNumber(@Bind("itemId") UUID itemId);

    @SqlUpdate("""
            INSERT INTO stage_item_mark (id, meeting_id, item_id, mark_number, state, note, marked_at, marked_by)
            VALUES (:m.id, :m.meetingId, :m.itemId, :m.markNumber, :m.state, :m.note, :m.markedAt, :m.markedBy)
            """)
    void insertMark(@BindMethods("m") ItemMark mark);

    /** Appends a mark numbered after the item's last one, in one transaction; returns it as stored. */
    @Transaction
    default ItemMark appendMark(ItemMark mark) {
        ItemMark numbered = mark.numbered(lastNumber(mark.itemId()) + 1);
        insertMark(numbered);
        return numbered;
    }

    /** Creates the meeting's list from these items unless it has one; returns whether it did. One transaction. */
    @Transaction
    default boolean createIfAbsent(UUID meetingId, int version, Instant at, String by, List<StageItem> items) {
        if (listVersion(meetingId).isPresent()) {
            return false;
        }
        insertList(meetingId, version, at, by);
        items.forEach(this::insertItem);
        return true;
    }

    /** Adds the items the meeting's list lacks (by id), in one transaction. */
    @Transaction
    default void addMissing(UUID meetingId, List<StageItem> items) {
        java.util.Set<UUID> have = new java.util.HashSet<>(items(meetingId).stream().map(StageItem::id).toList());
        items.stream().filter(i -> !have.contains(i.id())).forEach(this::insertItem);
    }
}
