package org.huiwu.logic.seating;

import org.huiwu.model.Side;

/**
 * One seat of a block before the block is placed on the plan: its row and number, its position
 * relative to the block (x centred on 0, y from the block's front edge), its rank inside the block
 * (1 = most senior; for party seats the rank within the party) and its party. Immutable.
 */
record BlockShape(int row, int number, double x, double y, int rank, Side party) {
}
