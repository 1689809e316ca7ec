package org.huiwu.model.seating;

import java.util.Objects;
import java.util.Set;

/**
 * The rule choices for numbering podium rows: convention, disputed variants switched on, and how
 * ranks continue from row to row. Immutable, thread-safe.
 */
public record PodiumRules(Convention convention, Set<SeatingVariant> variants, RowNumbering rowNumbering) {

    public PodiumRules {
        Objects.requireNonNull(convention, "convention");
        Objects.requireNonNull(variants, "variants");
        Objects.requireNonNull(rowNumbering, "rowNumbering");
        variants = Set.copyOf(variants);
    }

    /** The mainstream rule R-POD: government convention, no variant, continuous numbering. */
    public static PodiumRules standard() {
        return new PodiumRules(Convention.GOVERNMENT, Set.of(), RowNumbering.CONTINUOUS);
    }

    public PodiumRules withConvention(Convention newConvention) {
        return new PodiumRules(newConvention, variants, rowNumbering);
    }

    public PodiumRules withVariants(Set<SeatingVariant> newVariants) {
        return new PodiumRules(convention, newVariants, rowNumbering);
    }

    public PodiumRules withRowNumbering(RowNumbering newRowNumbering) {
        return new PodiumRules(convention, variants, newRowNumbering);
    }

    /** Whether the given variant is switched on. */
    public boolean has(SeatingVariant variant) {
        return variants.contains(variant);
    }
}
