package org.huiwu.model.rounds;

import java.util.Objects;
import java.util.UUID;

/** An attendant at one seat of a meeting, with who sits there (null when empty). Immutable. */
public record SeatVisit(UUID meetingId, String seatKey, UUID attendeeId, String attendant) {

    public SeatVisit {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(seatKey, "seatKey");
        attendant = attendant == null ? "" : attendant.strip();
    }
}
