package org.huiwu.logic.seating;

import java.util.List;

import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.SeatBlock;

/**
 * Checks a block's sizes before any seat is laid out, so that zero, negative or absurd sizes get a
 * message the user can act on instead of a hang. Stateless.
 */
final class BlockLimits {

    /** The most seats one plan may hold. */
    static final int MAX_PLAN_SEATS = 3000;

    private BlockLimits() {
    }

    /** The number of seats the block will have, after checking every size. */
    static int check(SeatBlock block) {
        return switch (block.kind()) {
            case PODIUM -> rows(block, 4, PodiumSeating.MAX_SEATS_PER_ROW);
            case AUDIENCE -> rows(block, AudienceSeating.MAX_ROWS, AudienceSeating.MAX_SEATS_PER_ROW);
            case TALKS -> range(block, "seating.size.host", block.hostSeats(), 1, TalksSeating.MAX_SEATS_PER_SIDE)
                    + range(block, "seating.size.guest", block.guestSeats(), 1, TalksSeating.MAX_SEATS_PER_SIDE);
            case RECEPTION -> range(block, "seating.size.host", block.hostSeats(), 1, ReceptionSeating.MAX_PARTY_SIZE)
                    + range(block, "seating.size.guest", block.guestSeats(), 1, ReceptionSeating.MAX_PARTY_SIZE);
            case SIGNING -> 2;
            case ROUND_TABLES -> range(block, "seating.size.tables", block.tables(), 1, 300)
                    * range(block, "seating.size.seatsPerTable", block.seatsPerTable(), 2, RoundTableSeating.MAX_SEATS);
            case U_SHAPE, HOLLOW_SQUARE -> tableSeats(block);
        };
    }

    private static int rows(SeatBlock block, int maxRows, int maxSeats) {
        List<Integer> rows = block.rows();
        if (rows.isEmpty()) {
            throw new SeatPlanRejectedException(SeatPlanProblem.BLOCK_EMPTY, block.name());
        }
        range(block, "seating.size.rows", rows.size(), 1, maxRows);
        int total = 0;
        for (int seats : rows) {
            total += range(block, "seating.size.seatsPerRow", seats, 1, maxSeats);
        }
        return total;
    }

    private static int tableSeats(SeatBlock block) {
        if (block.rows().size() != 2) {
            throw new SeatPlanRejectedException(SeatPlanProblem.BLOCK_EMPTY, block.name());
        }
        int head = range(block, "seating.size.headSeats", block.rows().get(0), 1, 60);
        int arms = range(block, "seating.size.armSeats", block.rows().get(1), 0, 60);
        return head + 2 * arms + (block.kind() == BlockKind.HOLLOW_SQUARE ? head : 0);
    }

    static int range(SeatBlock block, String what, int value, int lowest, int highest) {
        if (value < lowest || value > highest) {
            throw new SeatPlanRejectedException(SeatPlanProblem.BLOCK_SIZE_OUT_OF_RANGE, block.name(), what, lowest,
                    highest, value);
        }
        return value;
    }
}
