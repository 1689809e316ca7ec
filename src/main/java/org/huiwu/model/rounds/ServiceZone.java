package org.huiwu.model.rounds;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The seats one attendant serves (分区). A seat in no zone belongs to the implicit zone of everyone,
 * whose id is {@link #EVERYONE}. Immutable.
 */
public record ServiceZone(UUID id, String attendant, Set<String> seatKeys) {

    /** The id of the implicit zone holding every seat that no named zone holds. */
    public static final UUID EVERYONE = new UUID(0L, 0L);

    public ServiceZone {
        Objects.requireNonNull(id, "id");
        attendant = attendant == null ? "" : attendant.strip();
        seatKeys = seatKeys == null ? Set.of() : Set.copyOf(seatKeys);
    }

    public boolean isEveryone() {
        return EVERYONE.equals(id);
    }
}
