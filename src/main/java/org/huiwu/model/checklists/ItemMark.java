package org.huiwu.model.checklists;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One mark on a checklist item: done, not applicable or open again, with an optional note, when and by
 * whom, numbered 1, 2, 3… per item. Marks are only ever added; the latest one (by time, then number,
 * then id) is the item's state. Immutable.
 */
public record ItemMark(UUID id, UUID meetingId, UUID itemId, int markNumber, MarkState state, String note,
        Instant markedAt, String markedBy) {

    public ItemMark {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(markedAt, "markedAt");
        note = note == null ? "" : note;
        markedBy = markedBy == null ? "" : markedBy;
    }

    /** This mark with its number on the item. */
    public ItemMark numbered(int number) {
        return new ItemMark(id, meetingId, itemId, number, state, note, markedAt, markedBy);
    }
}
