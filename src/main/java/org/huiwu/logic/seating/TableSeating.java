package org.huiwu.logic.seating;

import java.util.ArrayList;
import java.util.List;

import org.huiwu.model.Side;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.SeatBlock;

/**
 * U-shape (U 形) and hollow-square (回字形) tables, door at the back. The head table faces the door and
 * is numbered centre-out like a podium row; the arms follow, seats nearer the head first, the
 * honoured arm before the other at each distance; a hollow square's foot side comes last, centre-out.
 * The seating sources give no diagram for these rooms, so this follows the general principles of
 * domain.md §4 (前高于后, 中高于侧, the convention's honoured hand). Stateless.
 */
final class TableSeating {

    List<BlockShape> shape(SeatBlock block, Convention convention) {
        int head = block.rows().get(0);
        int arm = block.rows().get(1);
        boolean leftHonoured = convention.leftHonoured();
        List<BlockShape> seats = new ArrayList<>();

        // Head table: its people face the door (down the plan), so their own left is the plan's right.
        int[] headOwnView = CentreOutLine.ownView(head, 1, leftHonoured);
        for (int i = 0; i < head; i++) {
            int planIndex = head - 1 - i;
            seats.add(new BlockShape(1, planIndex + 1, planIndex - (head - 1) / 2.0, 0, headOwnView[i], Side.NONE));
        }

        // The honoured arm is on the head people's honoured hand: their left is the plan's right.
        double armX = (head + 1) / 2.0 + 0.5;
        double honouredX = leftHonoured ? armX : -armX;
        int rank = head;
        for (int d = 1; d <= arm; d++) {
            seats.add(new BlockShape(2, d, honouredX, d * 1.1 + 0.5, ++rank, Side.NONE));
            seats.add(new BlockShape(3, d, -honouredX, d * 1.1 + 0.5, ++rank, Side.NONE));
        }

        if (block.kind() == BlockKind.HOLLOW_SQUARE) {
            // The foot side faces the head: its people's own left is the plan's left.
            int[] footOwnView = CentreOutLine.ownView(head, rank + 1, leftHonoured);
            double footY = (arm + 1) * 1.1 + 0.5;
            for (int i = 0; i < head; i++) {
                seats.add(new BlockShape(4, i + 1, i - (head - 1) / 2.0, footY, footOwnView[i], Side.NONE));
            }
        }
        return seats;
    }
}
