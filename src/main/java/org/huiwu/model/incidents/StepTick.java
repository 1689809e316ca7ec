package org.huiwu.model.incidents;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A procedure step of an incident marked done (or skipped, with the reason) at a time by a person.
 * Ticks are only ever added. Immutable.
 */
public record StepTick(UUID incidentId, int stepNumber, Instant tickedAt, String tickedBy, boolean skipped,
        String skipReason) {

    public StepTick {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(tickedAt, "tickedAt");
        tickedBy = tickedBy == null ? "" : tickedBy;
        skipReason = skipReason == null ? "" : skipReason;
    }
}
