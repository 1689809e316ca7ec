package org.huiwu.model.rounds;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One seat on the round board at one instant: its state, who sits there (null when empty), the active
 * minutes since its last pour (-1 when never poured) and when the next refill falls due if the meeting
 * runs on without a break (null when no timer runs). Immutable.
 */
public record SeatService(String seatKey, UUID attendeeId, SeatServiceState state, int minutesSinceServed,
        Instant dueAt) {

    public SeatService {
        Objects.requireNonNull(seatKey, "seatKey");
        Objects.requireNonNull(state, "state");
    }
}
