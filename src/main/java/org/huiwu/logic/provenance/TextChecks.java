package org.huiwu.logic.provenance;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.huiwu.model.provenance.CheckedKind;
import org.huiwu.model.provenance.TextCheck;
import org.huiwu.persistence.TextCheckDao;

/**
 * The venue's checks of texts against the printed standard, for guides, the checklist and survey
 * templates and incident procedures alike: a supervisor marks an item as checked against a clause, and
 * every screen and export asks here whether (and how) an item was checked. Checks are only added; the
 * latest is the item's check. Synchronous and thread-safe; call it off the FX thread.
 */
public final class TextChecks {

    private final TextCheckDao checks;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public TextChecks(TextCheckDao checks, Clock clock, Supplier<UUID> ids) {
        this.checks = checks;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * Records that the item's texts were checked against {@code clause} by {@code checkedBy}, now.
     *
     * @throws ProvenanceRejectedException when the clause or the name is blank or too long
     */
    public TextCheck mark(CheckedKind kind, String itemId, String clause, String checkedBy) {
        TextCheck check = new TextCheck(ids.get(), kind, itemId,
                ProvenanceRejectedException.require(clause, ProvenanceProblem.CLAUSE_MISSING, ProvenanceProblem.MAX_SHORT),
                ProvenanceRejectedException.require(checkedBy, ProvenanceProblem.CHECKER_MISSING,
                        ProvenanceProblem.MAX_SHORT),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        checks.insert(check);
        return check;
    }

    /** The item's check, if it was ever checked. */
    public Optional<TextCheck> of(CheckedKind kind, String itemId) {
        return checks.latest(kind, itemId);
    }

    /** The check of every item ever checked (for exports). */
    public List<TextCheck> all() {
        return checks.latestOfEach();
    }
}
