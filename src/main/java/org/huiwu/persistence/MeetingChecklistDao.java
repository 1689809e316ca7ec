package org.huiwu.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.model.checklists.ChecklistItem;
import org.huiwu.model.checklists.ItemMark;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Stores meetings' service checklists: the copy made from the template, items added to one meeting, and
 * the marks on items. Marks are only ever inserted; an item's texts change only through the version-checked
 * {@link #saveTextAtVersion} (decision 0031) or {@link #saveTextFrom} (decision 0038). Thread-safe when attached on demand.
 */
@RegisterConstructorMapper(ChecklistItem.class)
@RegisterConstructorMapper(ItemMark.class)
public interface MeetingChecklistDao extends FeedsChanges {

    @SqlQuery("SELECT COUNT(*) > 0 FROM meeting_checklist WHERE meeting_id = :meetingId")
    boolean exists(@Bind("meetingId") UUID meetingId);

    @SqlUpdate("INSERT INTO meeting_checklist (meeting_id, created_at, created_by) VALUES (:meetingId, :at, :by)")
    void insertChecklist(@Bind("meetingId") UUID meetingId, @Bind("at") Instant at, @Bind("by") String by);

    @SqlUpdate("""
            INSERT INTO meeting_checklist_item (id, meeting_id, phase, position, text_zh, text_en, template_item_id,
                added_at, added_by)
            VALUES (:i.id, :i.meetingId, :i.phase, :i.position, :i.textZh, :i.textEn, :i.templateItemId, :i.addedAt,
                :i.addedBy)
            """)
    void insertItem(@BindMethods("i") ChecklistItem item);

    @SqlUpdate("""
            INSERT INTO checklist_mark (id, meeting_id, item_id, mark_number, state, note, marked_at, marked_by)
            VALUES (:m.id, :m.meetingId, :m.itemId, :m.markNumber, :m.state, :m.note, :m.markedAt, :m.markedBy)
            """)
    void insertMark(@BindMethods("m") ItemMark mark);

    @SqlQuery("SELECT * FROM meeting_checklist_item WHERE meeting_id = :meetingId ORDER BY phase, position, id")
    List<ChecklistItem> items(@Bind("meetingId") UUID meetingId);

    @SqlQuery("SELECT * FROM checklist_mark WHERE meeting_id = :meetingId ORDER BY marked_at, mark_number, id")
    List<ItemMark> marks(@Bind("meetingId") UUID meetingId);

    @SqlQuery("SELECT COALESCE(MAX(position), 0) FROM meeting_checklist_item WHERE meeting_id = :meetingId AND phase = :phase")
    int lastPosition(@Bind("meetingId") UUID meetingId, @Bind("phase") String phase);

    @SqlQuery("SELECT COALESCE(MAX(mark_number), 0) FROM checklist_mark WHERE item_id = :itemId")
    int lastNumber(@Bind("itemId") UUID itemId);

    /** Appends a mark numbered after the item's last one, in one transaction; returns it as stored. */
    @Transaction
    default ItemMark appendMark(ItemMark mark) {
        ItemMark numbered = mark.numbered(lastNumber(mark.itemId()) + 1);
        insertMark(numbered);
        noteChange(numbered.meetingId(), CHECKLIST, numbered.itemId());
        return numbered;
    }

    @SqlQuery("SELECT version FROM meeting_checklist_item WHERE id = :id")
    Optional<Integer> itemVersion(@Bind("id") UUID id);

    @SqlQuery("SELECT * FROM meeting_checklist_item WHERE id = :id")
    Optional<ChecklistItem> item(@Bind("id") UUID id);

    /** The item with the version it was read at (decision 0031); the version is read first, as for attendees. */
    @Transaction
    default Optional<Versioned<ChecklistItem>> findItemVersioned(UUID id) {
        return itemVersion(id).flatMap(v -> item(id).map(i -> new Versioned<>(i, v)));
    }

    @SqlUpdate("""
            UPDATE meeting_checklist_item SET text_zh = :zh, text_en = :en, version = version + 1
            WHERE id = :id AND version = :expected
            """)
    int updateTextAtVersion(@Bind("id") UUID id, @Bind("zh") String textZh, @Bind("en") String textEn,
            @Bind("expected") int expected);

    /**
     * Stores an item's edited texts made from version {@code expected}, with its note in the change feed; returns
     * whether it was written: false means another laptop changed the item since, and nothing was written.
     */
    @Transaction
    default boolean saveTextAtVersion(ChecklistItem item, int expected) {
        if (updateTextAtVersion(item.id(), item.textZh(), item.textEn(), expected) == 0) {
            return false;
        }
        noteChange(item.meetingId(), CHECKLIST, item.id());
        return true;
    }

    /**
     * Stores an item's edited texts only while it is stored exactly as the editor saw it ({@code base}); returns 1
     * when written, 0 otherwise (another laptop changed it since, or it is gone). The write {@link OfflineDaos} queues
     * during an outage (decision 0038), merged text by text when sent.
     */
    default int saveTextFrom(ChecklistItem base, ChecklistItem mine) {
        Optional<Versioned<ChecklistItem>> stored = findItemVersioned(mine.id());
        if (stored.isEmpty() || !stored.get().record().equals(base)) {
            return 0;
        }
        return saveTextAtVersion(mine, stored.get().version()) ? 1 : 0;
    }

    /**
     * Adds an item to one meeting's list at the end of its phase (numbered after the stored items) with its note in
     * the change feed, unless an item with its id is stored already; returns the item as stored. {@link OfflineDaos}
     * queues it during an outage and answers the item as numbered on the laptop (decision 0040).
     */
    @Transaction
    default ChecklistItem appendItem(ChecklistItem item) {
        Optional<ChecklistItem> stored = item(item.id());
        if (stored.isPresent()) {
            return stored.get();
        }
        ChecklistItem numbered = new ChecklistItem(item.id(), item.meetingId(), item.phase(),
                lastPosition(item.meetingId(), item.phase().name()) + 1, item.textZh(), item.textEn(),
                item.templateItemId(), item.addedAt(), item.addedBy());
        insertItem(numbered);
        noteChange(item.meetingId(), CHECKLIST, item.id());
        return numbered;
    }

    /**
     * Creates the meeting's checklist with these items unless it already has one; returns whether it did.
     * One transaction: a meeting never has half a copy.
     */
    @Transaction
    default boolean createIfAbsent(UUID meetingId, Instant at, String by, List<ChecklistItem> items) {
        if (exists(meetingId)) {
            return false;
        }
        insertChecklist(meetingId, at, by);
        items.forEach(this::insertItem);
        return true;
    }
}
