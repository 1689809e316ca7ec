package org.huiwu.model.flow;

import java.util.Objects;

import org.huiwu.model.checklists.ItemMark;
import org.huiwu.model.checklists.MarkState;

/** A stage checklist item with its latest mark (null when never marked). Immutable. */
public record StageLine(StageItem item, ItemMark mark) {

    public StageLine {
        Objects.requireNonNull(item, "item");
    }

    public MarkState state() {
        return mark == null ? MarkState.OPEN : mark.state();
    }

    /** Whether the item needs no more attention (done or not applicable). */
    public boolean settled() {
        return state().settled();
    }
}
