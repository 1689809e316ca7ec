package org.huiwu.model.rounds;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One pass of an attendant along a zone's route (一轮): its number within the meeting (from 1), the
 * zone ({@link ServiceZone#EVERYONE} for the implicit zone), when it started and when it was closed
 * (null while open). Immutable.
 */
public record ServiceRound(UUID meetingId, int number, UUID zoneId, String attendant, Instant startedAt,
        Instant closedAt) {

    public ServiceRound {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(startedAt, "startedAt");
        attendant = attendant == null ? "" : attendant;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public ServiceRound closed(Instant at) {
        return new ServiceRound(meetingId, number, zoneId, attendant, startedAt, at);
    }
}
