package org.huiwu.logic.checklists;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.huiwu.model.checklists.ChecklistItem;
import org.huiwu.model.checklists.ChecklistLine;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.checklists.ItemMark;
import org.huiwu.model.checklists.MarkState;
import org.huiwu.model.checklists.MeetingChecklist;
import org.huiwu.model.checklists.TemplateItem;
import org.huiwu.persistence.MeetingChecklistDao;
import org.huiwu.persistence.OfflineDaos;

/**
 * The service checklists of meetings (会前/会中/会后): the first time a meeting's list is opened it is
 * copied from the template's active items; items may be added to one meeting; each item is marked done,
 * not applicable or open again, with who and when, and every mark is kept. A copied item's id is derived
 * from the meeting and the template item, so two laptops that open the same meeting get the same items
 * and their bundles merge cleanly — and a list copied on two laptops during an outage is stored once, their marks
 * landing on the same items (decision 0040). Each call is one transaction. Synchronous and thread-safe; call it off
 * the FX thread.
 */
public final class ServiceChecklists {

    private static final Comparator<ChecklistItem> ORDER = Comparator.comparing(ChecklistItem::phase)
            .thenComparingInt(ChecklistItem::position).thenComparing(ChecklistItem::id);
    private static final Comparator<ItemMark> LATEST = Comparator.comparing(ItemMark::markedAt)
            .thenComparingInt(ItemMark::markNumber).thenComparing(ItemMark::id);

    private final MeetingChecklistDao checklists;
    private final ChecklistTemplate template;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private final ItemTextEdits edits;

    public ServiceChecklists(MeetingChecklistDao checklists, ChecklistTemplate template, Clock clock,
            Supplier<UUID> ids) {
        this(checklists, template, clock, ids, () -> false);
    }

    /** @param holding whether writes queue now rather than reach the venue server ({@link OfflineDaos#holding}) */
    public ServiceChecklists(MeetingChecklistDao checklists, ChecklistTemplate template, Clock clock,
            Supplier<UUID> ids, BooleanSupplier holding) {
        this.checklists = checklists;
        this.template = template;
        this.clock = clock;
        this.ids = ids;
        this.edits = new ItemTextEdits(checklists, holding);
    }

    /** The meetings whose list was copied from the shipped template on this laptop (decision 0043). */
    private final java.util.Set<UUID> shipped = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The template these lists are copied from (the supervisor edits it). */
    public ChecklistTemplate template() {
        return template;
    }

    /** The meeting's checklist, copied from the template first if the meeting has none yet. */
    public MeetingChecklist open(UUID meetingId, String by) {
        if (!exists(meetingId)) {
            Instant now = now();
            String who = ChecklistRejectedException.optionalText(by, ChecklistProblem.MAX_NAME);
            List<ChecklistItem> copy = ShippedChecklistTemplate.activeItems(template, () -> shipped.add(meetingId))
                    .stream()
                    .map(t -> copyOf(meetingId, t, now, who)).toList();
            checklists.createIfAbsent(meetingId, now, who, copy);
        }
        return current(meetingId);
    }

    /**
     * Whether the meeting has its checklist; while the venue server cannot be reached and this laptop never read
     * that, not: the list is copied here and queued, and when sent the one stored first stays (decision 0040).
     */
    private boolean exists(UUID meetingId) {
        try {
            return checklists.exists(meetingId);
        } catch (RuntimeException e) {
            if (!OfflineDaos.unreachable(e)) {
                throw e;
            }
            return false;
        }
    }

    /** Whether the meeting's list was copied here from the shipped template during an outage (decision 0043). */
    public boolean fromShippedTemplate(UUID meetingId) {
        return shipped.contains(meetingId);
    }

    /** The meeting's checklist as stored (empty when it was never opened). */
    public MeetingChecklist current(UUID meetingId) {
        Map<UUID, ItemMark> latest = new HashMap<>();
        for (ItemMark mark : checklists.marks(meetingId)) {
            latest.merge(mark.itemId(), mark, (a, b) -> LATEST.compare(a, b) >= 0 ? a : b);
        }
        return new MeetingChecklist(meetingId, checklists.items(meetingId).stream().sorted(ORDER)
                .map(item -> new ChecklistLine(item, latest.get(item.id()))).toList());
    }

    /** Every mark of the meeting's checklist, oldest first (ticks, n/a and unticks alike). */
    public List<ItemMark> history(UUID meetingId) {
        return checklists.marks(meetingId).stream().sorted(LATEST).toList();
    }

    /**
     * Marks an item now: done, not applicable, or open again (an untick). The note is optional.
     *
     * @throws ChecklistRejectedException when the item is not on the meeting's list or the note is too long
     */
    public ItemMark mark(UUID meetingId, UUID itemId, MarkState state, String note, String by) {
        String text = ChecklistRejectedException.optionalText(note, ChecklistProblem.MAX_TEXT);
        String who = ChecklistRejectedException.optionalText(by, ChecklistProblem.MAX_NAME);
        boolean known = checklists.items(meetingId).stream().anyMatch(i -> i.id().equals(itemId));
        if (!known) {
            throw new ChecklistRejectedException(ChecklistProblem.NOT_FOUND);
        }
        return checklists.appendMark(new ItemMark(ids.get(), meetingId, itemId, 0, state, text, now(), who));
    }

    /**
     * Adds an item to this meeting's list only, at the end of its phase (the template is not changed); during an
     * outage it is queued and shown at once, and numbered after the stored items when sent (decision 0040).
     */
    public ChecklistItem addItem(UUID meetingId, ChecklistPhase phase, String textZh, String textEn, String by) {
        String zh = ChecklistRejectedException.requireText(textZh);
        String en = ChecklistRejectedException.optionalText(textEn, ChecklistProblem.MAX_TEXT);
        int last = open(meetingId, by).lines().stream().map(ChecklistLine::item).filter(i -> i.phase() == phase)
                .mapToInt(ChecklistItem::position).max().orElse(0);
        String who = ChecklistRejectedException.optionalText(by, ChecklistProblem.MAX_NAME);
        return checklists.appendItem(new ChecklistItem(ids.get(), meetingId, phase, last + 1, zh, en, null, now(),
                who));
    }

    /**
     * Saves new texts of an item made from {@code base}, the item as the editor read it, without overwriting what
     * another laptop stored since (decision 0031): a text only the other changed is kept; a text both changed is
     * returned as a conflict for the editor to decide. {@code UPDATE ... WHERE id = ? AND version = ?}.
     *
     * <p>While the venue server cannot be reached or this laptop's records still wait to be sent, the edit is
     * written over the item as seen ({@link MeetingChecklistDao#saveTextFrom}), which the proxy queues; sent, it is
     * merged text by text and a text both changed keeps the other laptop's (decision 0038). It counts as written.
     */
    public ChecklistItemEdit editItem(ChecklistItem base, String textZh, String textEn) {
        return edits.edit(base, textZh, textEn);
    }

    private static ChecklistItem copyOf(UUID meetingId, TemplateItem item, Instant at, String by) {
        UUID id = UUID.nameUUIDFromBytes((meetingId + "/checklist/" + item.id()).getBytes(StandardCharsets.UTF_8));
        return new ChecklistItem(id, meetingId, item.phase(), item.position(), item.textZh(), item.textEn(),
                item.id(), at, by);
    }

    /** Now, cut to whole microseconds (the database's precision), so a returned value equals the one read back. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
