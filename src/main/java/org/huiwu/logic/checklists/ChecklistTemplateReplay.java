package org.huiwu.logic.checklists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.huiwu.logic.live.FieldMerge;
import org.huiwu.logic.live.Replay;
import org.huiwu.model.checklists.TemplateItem;
import org.huiwu.persistence.ChecklistTemplateDao;
import org.huiwu.persistence.ConcurrentChangeException;
import org.huiwu.persistence.QueuedRegisters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a checklist template edit made during an outage (decision 0045) over the venue server's DAO: first the
 * supervisor rule again (the login may have lost the right meanwhile; refused, the edit is kept out, logged and
 * counted); then each item as the editor saw it against the item as stored, field by field ({@link FieldMerge}: the
 * texts together, the place, retired). A field only the other laptop changed keeps theirs and the edit goes through;
 * a field both changed differently refuses the whole edit (one decision of the supervisor's, a reorder is one
 * arrangement of the phase): nothing of it is written, it is logged and counted, and the stored template is what the
 * editor shows once the queue is sent. A new item is stored unless its id is there (sent before), after the stored
 * items of its phase. The write is checked at the versions of the items just read (decision 0050): another write in
 * between makes it read and merge again, three attempts. Stateless; call off the FX thread.
 */
public final class ChecklistTemplateReplay implements Replay {

    private static final Logger LOG = LoggerFactory.getLogger(ChecklistTemplateReplay.class);
    private static final int ATTEMPTS = 3;

    /** The fields of an item an editor changes: its texts, its place in the phase, retired. */
    static final List<FieldMerge.Field<TemplateItem>> FIELDS = List.of(
            FieldMerge.Field.<TemplateItem, List<String>>of("checklist.template.title",
                    t -> List.of(t.textZh(), t.textEn()), (t, v) -> t.renamed(v.get(0), v.get(1), t.changedAt(),
                            t.changedBy())),
            FieldMerge.Field.<TemplateItem, Integer>of("checklist.template.phase", TemplateItem::position,
                    (t, v) -> t.at(v, t.changedAt(), t.changedBy())),
            FieldMerge.Field.<TemplateItem, Boolean>of("checklist.problem.retired", TemplateItem::retired,
                    (t, v) -> v ? t.retired(t.changedAt(), t.changedBy()) : t));

    private final ChecklistTemplateDao template;

    public ChecklistTemplateReplay(ChecklistTemplateDao template) {
        this.template = template;
    }

    @Override
    public boolean replay(String body) {
        QueuedRegisters.TemplateChange change = QueuedRegisters.templateChange(body);
        if (!template.mayChange()) {
            LOG.warn("Queued checklist template edit of {} kept out: this login may no longer change the template",
                    change.mine().stream().map(TemplateItem::id).toList());
            return true;
        }
        for (int attempt = 1; ; attempt++) {
            List<TemplateItem> over = new ArrayList<>();
            List<TemplateItem> written = new ArrayList<>();
            if (refused(change, over, written)) {
                return true;
            }
            try {
                if (!written.isEmpty()) {
                    template.saveAllFrom(over, written);
                }
                return false;
            } catch (ConcurrentChangeException again) {
                if (attempt >= ATTEMPTS) {
                    throw again;
                }
                LOG.info("The checklist template changed again while a queued edit was sent; merging once more");
            }
        }
    }

    /**
     * Whether the edit clashes with the stored template; otherwise fills {@code written} with the items to write and
     * {@code over} with each one as stored now (null for a new one), for the write checked at their versions (0050).
     */
    private boolean refused(QueuedRegisters.TemplateChange change, List<TemplateItem> over, List<TemplateItem> written) {
        for (int i = 0; i < change.mine().size(); i++) {
            TemplateItem seen = change.seen().get(i);
            TemplateItem mine = change.mine().get(i);
            Optional<TemplateItem> stored = template.find(mine.id());
            if (seen == null) {
                if (stored.isEmpty()) {
                    over.add(null);
                    written.add(afterStored(mine));
                }
            } else if (stored.isEmpty()) {
                LOG.warn("Queued edit of checklist template item {} dropped: it is not stored", mine.id());
            } else if (!stored.get().equals(mine)) {
                FieldMerge<TemplateItem> merge = new FieldMerge<>(seen, mine, stored.get(), FIELDS);
                if (!merge.clashes().isEmpty()) {
                    LOG.warn("Queued checklist template edit refused: item {} {} changed on another laptop meanwhile;"
                            + " the stored template is kept", mine.id(),
                            merge.clashes().stream().map(FieldMerge.Field::labelKey).toList());
                    return true;
                }
                TemplateItem merged = merge.resolved(false);
                over.add(stored.get());
                written.add(new TemplateItem(merged.id(), merged.phase(), merged.position(), merged.textZh(),
                        merged.textEn(), merged.retired(), mine.changedAt(), mine.changedBy()));
            }
        }
        return false;
    }

    /**
     * The text of the item the edit was made on, as the supervisor wrote it (decision 0048): the first of the change
     * (a rename, retire or addition has one; a move lists the items it renumbered, the moved one among them).
     */
    @Override
    public String named(String body) {
        List<TemplateItem> mine = QueuedRegisters.templateChange(body).mine();
        return mine.isEmpty() ? null : mine.get(0).textZh();
    }

    /** A new item, placed after the stored items of its phase when another laptop added one there meanwhile. */
    private TemplateItem afterStored(TemplateItem item) {
        int last = template.all().stream().filter(t -> t.phase() == item.phase()).mapToInt(TemplateItem::position)
                .max().orElse(0);
        return item.position() > last ? item : item.at(last + 1, item.changedAt(), item.changedBy());
    }
}
