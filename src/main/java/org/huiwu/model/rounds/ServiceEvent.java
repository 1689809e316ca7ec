package org.huiwu.model.rounds;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of the tea-service log: what happened at which seat, to whom, by which attendant, in which
 * round (0 = outside a round), when it happened and when it was entered. The id is a UUID so that logs
 * from several laptops can be merged. Immutable.
 */
public record ServiceEvent(
        UUID id,
        UUID meetingId,
        String seatKey,
        UUID attendeeId,
        String attendant,
        ServiceEventKind kind,
        SkipReason skipReason,
        String note,
        int roundNumber,
        Instant occurredAt,
        Instant recordedAt) {

    /** An entry recorded later than this after it happened counts as late (补记). */
    public static final Duration LATE_AFTER = Duration.ofMinutes(2);

    public ServiceEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(seatKey, "seatKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        attendant = attendant == null ? "" : attendant;
        note = note == null ? "" : note;
    }

    /** Whether the entry was made more than two minutes after the fact. */
    public boolean late() {
        return Duration.between(occurredAt, recordedAt).compareTo(LATE_AFTER) > 0;
    }
}
