package org.huiwu.logic.checklists;

import org.huiwu.logic.live.Replay;
import org.huiwu.model.checklists.ChecklistItem;
import org.huiwu.persistence.MeetingChecklistDao;
import org.huiwu.persistence.QueuedNewRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a meeting's checklist first opened during an outage, and an item added to it, are sent (decision 0040). The
 * list is stored only when the meeting has none yet: when another laptop's copy (or this one's, its answer lost) is
 * there, the first stored stays and nothing is written — the copied items' ids come from the meeting and the template
 * item, so this laptop's marks, sent next, land on the stored items of the same template item (a mark on an item the
 * stored list lacks is refused by the server and logged). An added item is stored at the end of its phase as the
 * server numbers it, unless it is there already. Stateless; call off the FX thread.
 */
public final class ChecklistCreationReplays {

    private static final Logger LOG = LoggerFactory.getLogger(ChecklistCreationReplays.class);

    private ChecklistCreationReplays() {
    }

    /** Stores a checklist copied during the outage unless the meeting has one. */
    public static Replay checklists(MeetingChecklistDao checklists) {
        return body -> {
            QueuedNewRecords.NewChecklist copied = QueuedNewRecords.checklist(body);
            if (!checklists.createIfAbsent(copied.meetingId(), copied.at(), copied.by(), copied.items())) {
                LOG.info("Checklist of meeting {} copied during the outage was stored already; the stored one stays",
                        copied.meetingId());
            }
            return false;
        };
    }

    /** Stores an item added during the outage at the end of its phase, unless it is stored already. */
    public static Replay items(MeetingChecklistDao checklists) {
        return body -> {
            ChecklistItem added = QueuedNewRecords.item(body);
            checklists.appendItem(added);
            return false;
        };
    }
}
