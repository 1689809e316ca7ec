package org.huiwu.model.rounds;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The seats one attendant serves (分区). The implicit zone of everyone, whose id is {@link #EVERYONE},
 * serves every seat of the plan, zoned or not. Immutable.
 */
public record ServiceZone(UUID id, String attendant, Set<String> seatKeys) {

    /** The id of the implicit zone that serves every seat. */
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
