package org.huiwu.logic.checklists;

import org.huiwu.logic.live.FieldMerge;
import org.huiwu.logic.live.MergedReplay;
import org.huiwu.logic.live.Replay;
import org.huiwu.persistence.MeetingChecklistDao;
import org.huiwu.persistence.QueuedDeskRecords;

/**
 * Sends a checklist item's texts edited during an outage (decision 0038): merged text by text with what the server
 * holds now, as the live conflict path merges ({@link FieldMerge}) — a text only this laptop changed takes its
 * value, a text only another laptop changed keeps theirs, and a text both changed differently keeps the other
 * laptop's (nobody can be asked at replay time), which is logged and counted for the status line. Written at the
 * version just read; an edit already stored changes nothing; an item removed meanwhile drops it. Stateless; call
 * off the FX thread.
 */
public final class ChecklistItemEditReplay implements Replay {


    private final MeetingChecklistDao checklists;

    public ChecklistItemEditReplay(MeetingChecklistDao checklists) {
        this.checklists = checklists;
    }

    @Override
    public boolean replay(String body) {
        QueuedDeskRecords.ItemEdit edit = QueuedDeskRecords.itemEdit(body);
        return MergedReplay.replay("checklist item", edit.mine().id(), edit.base(), edit.mine(),
                ChecklistItemEdit.FIELDS, () -> checklists.findItemVersioned(edit.mine().id()),
                checklists::saveTextAtVersion);
    }
}
