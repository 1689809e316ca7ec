package org.huiwu.model.seating;

import java.util.Objects;
import java.util.UUID;

import org.huiwu.model.Side;

/**
 * One seat derived from a block: a key stable as long as the block's shape stays the same
 * ({@code blockId/row/number}), its place on the plan (audience view, front at the top, one unit per
 * seat), its row and number for the label, its honour (0 = the most senior seat of the whole plan)
 * and the party it is reserved for at talks and receptions. Immutable.
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
        Side party) {

    public PlannedSeat {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(blockId, "blockId");
        Objects.requireNonNull(blockKind, "blockKind");
        party = party == null ? Side.NONE : party;
    }

    public static String keyOf(UUID blockId, int row, int number) {
        return blockId + "/" + row + "/" + number;
    }
}
