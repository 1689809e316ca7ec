package org.huiwu.model.incidents;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of the left-items register (遗留物品登记表): what was found, where (text and optional seat
 * key), when and by whom, to whom it was handed for safe keeping, and when it was returned to whom.
 * Empty text means "not yet"; {@code handedAt} and {@code returnedAt} are null until then. Immutable.
 */
public record LeftItem(UUID id, UUID meetingId, String what, String foundWhere, String seatKey, Instant foundAt,
        String foundBy, String handedTo, Instant handedAt, String returnedTo, Instant returnedAt) {

    public LeftItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(foundAt, "foundAt");
        foundWhere = foundWhere == null ? "" : foundWhere;
        seatKey = seatKey == null ? "" : seatKey;
        foundBy = foundBy == null ? "" : foundBy;
        handedTo = handedTo == null ? "" : handedTo;
        returnedTo = returnedTo == null ? "" : returnedTo;
    }

    /** Whether the item is still waiting for its owner. */
    public boolean isOpen() {
        return returnedAt == null;
    }

    /** The line with what was found and where (text and seat) as given; the rest as it is. */
    public LeftItem describedAs(String newWhat, String where, String seat) {
        return new LeftItem(id, meetingId, newWhat, where, seat, foundAt, foundBy, handedTo, handedAt, returnedTo,
                returnedAt);
    }

    public LeftItem handedTo(String keeper, Instant at) {
        return new LeftItem(id, meetingId, what, foundWhere, seatKey, foundAt, foundBy, keeper, at, returnedTo,
                returnedAt);
    }

    public LeftItem returnedTo(String owner, Instant at) {
        return new LeftItem(id, meetingId, what, foundWhere, seatKey, foundAt, foundBy, handedTo, handedAt, owner, at);
    }
}
