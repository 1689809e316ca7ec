package org.huiwu.logic.checklists;

import java.util.Optional;

import org.huiwu.logic.live.FieldMerge;
import org.huiwu.logic.live.Replay;
import org.huiwu.model.checklists.ChecklistItem;
import org.huiwu.persistence.ConcurrentChangeException;
import org.huiwu.persistence.MeetingChecklistDao;
import org.huiwu.persistence.QueuedDeskRecords;
import org.huiwu.persistence.Versioned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a checklist item's texts edited during an outage (decision 0038): merged text by text with what the server
 * holds now, as the live conflict path merges ({@link FieldMerge}) — a text only this laptop changed takes its
 * value, a text only another laptop changed keeps theirs, and a text both changed differently keeps the other
 * laptop's (nobody can be asked at replay time), which is logged and counted for the status line. Written at the
 * version just read; an edit already stored changes nothing; an item removed meanwhile drops it. Stateless; call
 * off the FX thread.
 */
public final class ChecklistItemEditReplay implements Replay {

    private static final Logger LOG = LoggerFactory.getLogger(ChecklistItemEditReplay.class);

    private final MeetingChecklistDao checklists;

    public ChecklistItemEditReplay(MeetingChecklistDao checklists) {
        this.checklists = checklists;
    }

    @Override
    public boolean replay(String body) {
        QueuedDeskRecords.ItemEdit edit = QueuedDeskRecords.itemEdit(body);
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Versioned<ChecklistItem>> stored = checklists.findItemVersioned(edit.mine().id());
            if (stored.isEmpty()) {
                LOG.warn("Queued edit of checklist item {} dropped: the item was removed meanwhile", edit.mine().id());
                return false;
            }
            FieldMerge<ChecklistItem> merge = new FieldMerge<>(edit.base(), edit.mine(), stored.get().record(),
                    ChecklistItemEdit.FIELDS);
            boolean clashed = !merge.clashes().isEmpty();
            if (clashed) {
                LOG.warn("Queued edit of checklist item {}: {} changed on another laptop meanwhile; theirs is kept",
                        edit.mine().id(), merge.clashes().stream().map(FieldMerge.Field::labelKey).toList());
            }
            ChecklistItem written = merge.resolved(false);
            if (written.equals(stored.get().record())
                    || checklists.saveTextAtVersion(written, stored.get().version())) {
                return clashed;
            }
        }
        throw new ConcurrentChangeException(edit.mine().id());
    }
}
