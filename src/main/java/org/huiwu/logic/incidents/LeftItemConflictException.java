package org.huiwu.logic.incidents;

import org.huiwu.logic.live.FieldMerge;
import org.huiwu.model.incidents.LeftItem;

/**
 * A left item was handed over or returned on another laptop since the register showed it, differently from what was
 * recorded here (decision 0050): nothing was written; {@link #merge()} holds the line as shown, as recorded here and
 * as stored, for the keep-mine / take-theirs question. Immutable.
 */
public final class LeftItemConflictException extends RuntimeException {

    private final transient FieldMerge<LeftItem> merge;

    public LeftItemConflictException(FieldMerge<LeftItem> merge) {
        super("left item changed meanwhile: " + merge.theirs().id());
        this.merge = merge;
    }

    public FieldMerge<LeftItem> merge() {
        return merge;
    }
}
