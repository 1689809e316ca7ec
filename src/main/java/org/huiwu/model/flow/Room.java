package org.huiwu.model.flow;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A room of the venue (会议室): its name, how many it seats, its usual layout and its equipment, as free
 * text. A retired room keeps its bookings but takes no new ones. Immutable.
 */
public record Room(UUID id, String name, int capacity, RoomLayout layout, String equipment, boolean retired,
        Instant changedAt, String changedBy) {

    public Room {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(changedAt, "changedAt");
        equipment = equipment == null ? "" : equipment;
        changedBy = changedBy == null ? "" : changedBy;
    }
}
