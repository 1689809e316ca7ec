package org.huiwu.model.seating;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who sits where in a seat plan, and which seats are locked against auto-assign. A seat may be
 * locked while empty (kept free on purpose). Immutable: every edit returns a new value, which is
 * what makes undo and redo simple.
 */
public final class SeatAssignments {

    private static final SeatAssignments NONE = new SeatAssignments(Map.of(), Set.of());

    private final Map<String, UUID> occupantBySeat;
    private final Map<UUID, String> seatByOccupant;
    private final Set<String> locked;

    private SeatAssignments(Map<String, UUID> occupantBySeat, Set<String> locked) {
        this.occupantBySeat = Collections.unmodifiableMap(new LinkedHashMap<>(occupantBySeat));
        Map<UUID, String> reverse = new HashMap<>();
        occupantBySeat.forEach((seat, attendee) -> reverse.put(attendee, seat));
        this.seatByOccupant = Collections.unmodifiableMap(reverse);
        this.locked = Set.copyOf(locked);
    }

    public static SeatAssignments none() {
        return NONE;
    }

    /** @throws IllegalArgumentException when one attendee would sit in two seats */
    public static SeatAssignments of(Map<String, UUID> occupantBySeat, Set<String> locked) {
        if (Set.copyOf(occupantBySeat.values()).size() != occupantBySeat.size()) {
            throw new IllegalArgumentException("an attendee can sit in one seat only");
        }
        return new SeatAssignments(occupantBySeat, locked);
    }

    public Optional<UUID> occupantOf(String seatKey) {
        return Optional.ofNullable(occupantBySeat.get(seatKey));
    }

    public Optional<String> seatOf(UUID attendeeId) {
        return Optional.ofNullable(seatByOccupant.get(attendeeId));
    }

    public boolean isLocked(String seatKey) {
        return locked.contains(seatKey);
    }

    public Map<String, UUID> occupantBySeat() {
        return occupantBySeat;
    }

    public Set<String> lockedSeats() {
        return locked;
    }

    public int size() {
        return occupantBySeat.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SeatAssignments that && occupantBySeat.equals(that.occupantBySeat)
                && locked.equals(that.locked);
    }

    @Override
    public int hashCode() {
        return Objects.hash(occupantBySeat, locked);
    }

    @Override
    public String toString() {
        return "SeatAssignments" + occupantBySeat + " locked=" + locked;
    }
}
