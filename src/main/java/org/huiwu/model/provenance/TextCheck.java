package org.huiwu.model.provenance;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A supervisor's statement that an item's texts were checked against a clause of the printed standard:
 * which item ({@code kind} and {@code itemId}), which clause, who checked and when. Immutable; safe to
 * share between threads.
 */
public record TextCheck(UUID id, CheckedKind itemKind, String itemId, String clause, String checkedBy,
        Instant checkedAt) {

    /** The item id of the venue's one checklist template and one survey template. */
    public static final String TEMPLATE = "template";

    public TextCheck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(itemKind, "itemKind");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(checkedBy, "checkedBy");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    /** True when this check is about the given item. */
    public boolean isAbout(CheckedKind kind, String id) {
        return itemKind == kind && itemId.equals(id);
    }
}
