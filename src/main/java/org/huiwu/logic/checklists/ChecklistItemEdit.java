package org.huiwu.logic.checklists;

import java.util.List;

import org.huiwu.logic.live.FieldMerge;
import org.huiwu.model.checklists.ChecklistItem;

/**
 * What came of a version-checked edit of a checklist item's texts (decision 0031): written, or refused because
 * another laptop changed the same text first ({@code conflict} holds both sides and the read both started from).
 * Marks (ticks) are never edited and never conflict. Immutable.
 *
 * @param saved whether the edit was written
 * @param stored the item as stored now
 * @param conflict the clash to decide when refused; null otherwise
 */
public record ChecklistItemEdit(boolean saved, ChecklistItem stored, FieldMerge<ChecklistItem> conflict) {

    /** An item's editable texts, labelled as in the template editor. */
    public static final List<FieldMerge.Field<ChecklistItem>> FIELDS = List.of(
            FieldMerge.Field.of("checklist.template.textZh", ChecklistItem::textZh, (i, zh) -> new ChecklistItem(
                    i.id(), i.meetingId(), i.phase(), i.position(), zh, i.textEn(), i.templateItemId(), i.addedAt(),
                    i.addedBy())),
            FieldMerge.Field.of("checklist.template.textEn", ChecklistItem::textEn, (i, en) -> new ChecklistItem(
                    i.id(), i.meetingId(), i.phase(), i.position(), i.textZh(), en, i.templateItemId(), i.addedAt(),
                    i.addedBy())));
}
