package org.huiwu.model.checklists;

import java.util.Objects;
import java.util.Optional;

/** A meeting checklist item with its latest mark (none when it was never marked). Immutable. */
public record ChecklistLine(ChecklistItem item, ItemMark mark) {

    public ChecklistLine {
        Objects.requireNonNull(item, "item");
    }

    /** The item's state: open until marked. */
    public MarkState state() {
        return mark == null ? MarkState.OPEN : mark.state();
    }

    /** Whether the item needs no more attention (done or not applicable). */
    public boolean settled() {
        return state().settled();
    }

    /** The latest mark, if any (an untick is a mark too: it says who reopened the item and when). */
    public Optional<ItemMark> latestMark() {
        return Optional.ofNullable(mark);
    }
}
