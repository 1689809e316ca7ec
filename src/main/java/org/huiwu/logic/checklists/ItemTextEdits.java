package org.huiwu.logic.checklists;

import java.util.function.BooleanSupplier;

import org.huiwu.logic.live.FieldMerge;
import org.huiwu.model.checklists.ChecklistItem;
import org.huiwu.persistence.MeetingChecklistDao;
import org.huiwu.persistence.OfflineDaos;
import org.huiwu.persistence.Versioned;

/**
 * The edit of a meeting checklist item's texts without overwriting another laptop's (decisions 0031, 0038): merged
 * text by text at the version read, a clash handed back to the editor; while the venue server cannot be reached,
 * written over the item as seen for the offline layer to queue. Synchronous and thread-safe; call it off the FX
 * thread.
 */
final class ItemTextEdits {

    private final MeetingChecklistDao checklists;
    private final BooleanSupplier holding;

    /** @param holding whether writes queue now rather than reach the venue server ({@link OfflineDaos#holding}) */
    ItemTextEdits(MeetingChecklistDao checklists, BooleanSupplier holding) {
        this.checklists = checklists;
        this.holding = holding;
    }

    ChecklistItemEdit edit(ChecklistItem base, String textZh, String textEn) {
        String zh = ChecklistRejectedException.requireText(textZh);
        String en = ChecklistRejectedException.optionalText(textEn, ChecklistProblem.MAX_TEXT);
        ChecklistItem mine = ChecklistItemEdit.FIELDS.get(1).with().apply(
                ChecklistItemEdit.FIELDS.get(0).with().apply(base, zh), en);
        if (holding.getAsBoolean()) {
            return overSeen(base, mine);
        }
        try {
            return editAtVersion(base, mine);
        } catch (RuntimeException e) {
            if (!OfflineDaos.unreachable(e)) {
                throw e;
            }
            return overSeen(base, mine);
        }
    }

    /** The edit written (or queued) over the item as seen; merged at the version read when it was changed since. */
    private ChecklistItemEdit overSeen(ChecklistItem base, ChecklistItem mine) {
        return checklists.saveTextFrom(base, mine) > 0 ? new ChecklistItemEdit(true, mine, null)
                : editAtVersion(base, mine);
    }

    private ChecklistItemEdit editAtVersion(ChecklistItem base, ChecklistItem mine) {
        FieldMerge<ChecklistItem> merge = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            Versioned<ChecklistItem> stored = checklists.findItemVersioned(base.id()).orElseThrow();
            merge = new FieldMerge<>(base, mine, stored.record(), ChecklistItemEdit.FIELDS);
            if (!merge.clashes().isEmpty()) {
                return new ChecklistItemEdit(false, stored.record(), merge);
            }
            ChecklistItem written = merge.resolved(true);
            if (checklists.saveTextAtVersion(written, stored.version())) {
                return new ChecklistItemEdit(true, written, null);
            }
        }
        return new ChecklistItemEdit(false, merge.theirs(), merge);
    }
}
