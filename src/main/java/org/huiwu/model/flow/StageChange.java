package org.huiwu.model.flow;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One stage of a meeting closed: from which stage to which, how many mandatory items were still open and,
 * when there were any, the supervisor's reason for overriding. Only ever inserted. Immutable.
 */
public record StageChange(UUID id, UUID meetingId, Stage fromStage, Stage toStage, int openItems,
        String overrideReason, Instant changedAt, String changedBy) {

    public StageChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(fromStage, "fromStage");
        Objects.requireNonNull(toStage, "toStage");
        Objects.requireNonNull(changedAt, "changedAt");
        overrideReason = overrideReason == null ? "" : overrideReason;
        changedBy = changedBy == null ? "" : changedBy;
    }

    /** Whether a supervisor closed the stage with mandatory items open. */
    public boolean overridden() {
        return !overrideReason.isEmpty();
    }
}
