package org.huiwu.logic.seating;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.huiwu.model.Side;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;

/**
 * Lays out a seat plan: every block becomes seats, the blocks are stacked from the front of the room
 * in their order, and every seat gets its honour across the whole plan (block order first, then the
 * rank inside the block; at talks and receptions the guest of a rank before the host of that rank).
 * Stateless and thread-safe.
 */
public final class SeatLayout {

    /** Space between two blocks, in seats. */
    private static final double BLOCK_GAP = 2.5;

    private final BlockShapes shapes = new BlockShapes();

    /**
     * All seats of the plan, most senior first.
     *
     * @throws SeatPlanRejectedException when a block is empty or a size is out of range, or the plan
     *     would hold more than 3,000 seats; nothing is laid out then
     */
    public List<PlannedSeat> seats(SeatPlan plan) {
        int total = 0;
        for (SeatBlock block : plan.blocks()) {
            total += BlockLimits.check(block);
        }
        if (total > BlockLimits.MAX_PLAN_SEATS) {
            throw new SeatPlanRejectedException(SeatPlanProblem.PLAN_TOO_LARGE, total, BlockLimits.MAX_PLAN_SEATS);
        }
        List<Placed> placed = new ArrayList<>(total);
        double top = 0;
        for (int b = 0; b < plan.blocks().size(); b++) {
            SeatBlock block = plan.blocks().get(b);
            List<BlockShape> blockSeats = shapes.shape(block, plan);
            double minY = blockSeats.stream().mapToDouble(BlockShape::y).min().orElse(0);
            double maxY = blockSeats.stream().mapToDouble(BlockShape::y).max().orElse(0);
            for (BlockShape seat : blockSeats) {
                placed.add(new Placed(b, block, seat, top + seat.y() - minY));
            }
            top += maxY - minY + 1 + BLOCK_GAP;
        }
        placed.sort(Comparator.comparingInt(Placed::blockIndex)
                .thenComparingInt(p -> p.shape().rank() == 0 ? Integer.MAX_VALUE : p.shape().rank())
                .thenComparingInt(p -> p.shape().party() == Side.GUEST ? 0 : 1));
        List<PlannedSeat> seats = new ArrayList<>(placed.size());
        for (int honour = 0; honour < placed.size(); honour++) {
            Placed p = placed.get(honour);
            BlockShape s = p.shape();
            seats.add(new PlannedSeat(PlannedSeat.keyOf(p.block().id(), s.row(), s.number()), p.block().id(),
                    p.block().kind(), s.row(), s.number(), s.x(), p.y(), honour, s.party(), s.interpreter()));
        }
        return seats;
    }

    private record Placed(int blockIndex, SeatBlock block, BlockShape shape, double y) {
    }
}
