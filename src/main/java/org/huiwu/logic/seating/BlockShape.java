package org.huiwu.logic.seating;

import org.huiwu.model.Side;

/**
 * One seat of a block before the block is placed on the plan: its row and number, its position
 * relative to the block (x centred on 0, y from the block's front edge), its rank inside the block
 * (1 = most senior; for party seats the rank within the party), its party, and whether it is an
 * interpreter seat (rank 0, after every ranked seat of the block). Immutable.
 */
record BlockShape(int row, int number, double x, double y, int rank, Side party, boolean interpreter) {

    BlockShape(int row, int number, double x, double y, int rank, Side party) {
        this(row, number, x, y, rank, party, false);
    }

    static BlockShape interpreter(Side party, double x, double y) {
        return new BlockShape(0, party == Side.GUEST ? 1 : 2, x, y, 0, party, true);
    }
}
