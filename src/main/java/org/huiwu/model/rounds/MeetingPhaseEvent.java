package org.huiwu.model.rounds;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One change in the meeting's course. A speaker change names its seat and, when someone sat there, the
 * attendee (the mark follows that person to another seat); a change of the meeting names neither.
 * Immutable.
 */
public record MeetingPhaseEvent(UUID id, UUID meetingId, MeetingPhase phase, String seatKey, UUID attendeeId,
        Instant occurredAt) {

    public MeetingPhaseEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (phase.isSpeaker() != (seatKey != null)) {
            throw new IllegalArgumentException("a speaker change needs a seat, a meeting change none");
        }
        if (!phase.isSpeaker() && attendeeId != null) {
            throw new IllegalArgumentException("a meeting change names no attendee");
        }
    }

    /** A change that names no attendee: a change of the meeting, or a speaker change at an empty seat. */
    public MeetingPhaseEvent(UUID id, UUID meetingId, MeetingPhase phase, String seatKey, Instant occurredAt) {
        this(id, meetingId, phase, seatKey, null, occurredAt);
    }
}
