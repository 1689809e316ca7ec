package org.huiwu.model.seating;

import java.util.Objects;
import java.util.UUID;

import org.huiwu.model.Side;

/**
 * One seat derived from a block: a key stable as long as the block's shape stays the same
 * ({@code blockId/row/number}), its place on the plan (audience view, front at the top, one unit per
 * seat), its row and number for the label, its honour (0 = the most senior seat of the whole plan)
 * and the party it is reserved for at talks and receptions. An interpreter seat (row 0; number 1 the
 * guest side's, 2 the host side's) is kept for an attendee with the interpreter role of that party.
 * Immutable.
 */
public record PlannedSeat(
        String key,
        UUID blockId,
        BlockKind blockKind,
        int row,
        int number,
        double x,
        double y,
        int honour,
        Side party,
        boolean interpreter) {

    public PlannedSeat {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(blockId, "blockId");
        Objects.requireNonNull(blockKind, "blockKind");
        party = party == null ? Side.NONE : party;
    }

    /** A seat for anyone (not an interpreter seat). */
    public PlannedSeat(String key, UUID blockId, BlockKind blockKind, int row, int number, double x, double y,
            int honour, Side party) {
        this(key, blockId, blockKind, row, number, x, y, honour, party, false);
    }

    public static String keyOf(UUID blockId, int row, int number) {
        return blockId + "/" + row + "/" + number;
    }
}
