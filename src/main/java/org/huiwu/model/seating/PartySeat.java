package org.huiwu.model.seating;

import java.util.Objects;
import org.huiwu.model.Side;

/**
 * One seat at a reception, signing or banquet: the party it belongs to and the rank within that
 * party (1 = the host or the chief guest). An open seat with no prescribed occupant has party
 * {@link Side#NONE} and rank 0. Immutable, thread-safe.
 */
public record PartySeat(Side party, int rank) {

    /** A seat the rules leave free. */
    public static final PartySeat OPEN = new PartySeat(Side.NONE, 0);

    public PartySeat {
        Objects.requireNonNull(party, "party");
        if (rank < 0 || (party == Side.NONE) != (rank == 0)) {
            throw new IllegalArgumentException("Rank " + rank + " does not fit party " + party);
        }
    }

    public static PartySeat host(int rank) {
        return new PartySeat(Side.HOST, rank);
    }

    public static PartySeat guest(int rank) {
        return new PartySeat(Side.GUEST, rank);
    }
}
