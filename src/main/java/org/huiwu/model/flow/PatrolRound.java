package org.huiwu.model.flow;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One in-meeting patrol round (会场巡查, annex Q): its number, when, by whom and what was seen. Immutable. */
public record PatrolRound(UUID id, UUID meetingId, int roundNumber, Instant patrolledAt, String patrolledBy,
        String note) {

    public PatrolRound {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(patrolledAt, "patrolledAt");
        patrolledBy = patrolledBy == null ? "" : patrolledBy;
        note = note == null ? "" : note;
    }
}
