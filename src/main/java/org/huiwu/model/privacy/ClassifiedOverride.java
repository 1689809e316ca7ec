package org.huiwu.model.privacy;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A supervisor's logged decision that the data folder may hold 涉密 meetings without encryption at rest: who,
 * when, and the reason given. Immutable.
 */
public record ClassifiedOverride(UUID id, String decidedBy, Instant decidedAt, String reason) {

    public ClassifiedOverride {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(reason, "reason");
    }
}
