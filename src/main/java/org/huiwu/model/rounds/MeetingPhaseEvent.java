package org.huiwu.model.rounds;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One change in the meeting's course, with the seat for a speaker change (else null). Immutable. */
public record MeetingPhaseEvent(UUID id, UUID meetingId, MeetingPhase phase, String seatKey, Instant occurredAt) {

    public MeetingPhaseEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (phase.isSpeaker() != (seatKey != null)) {
            throw new IllegalArgumentException("a speaker change needs a seat, a meeting change none");
        }
    }
}
