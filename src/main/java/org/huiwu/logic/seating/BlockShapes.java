package org.huiwu.logic.seating;

import java.util.ArrayList;
import java.util.List;

import org.huiwu.model.Side;
import org.huiwu.model.seating.InterpreterPlacement;
import org.huiwu.model.seating.PartySeat;
import org.huiwu.model.seating.RankedRows;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.seating.Viewpoint;

/**
 * Turns one block into seats with positions and in-block ranks, using the rule engines (podium,
 * audience, talks, reception, signing, round table); talks and receptions get their interpreter
 * seats through {@link PartyShapes}. Positions are in the audience view with the
 * front at the top; one unit is one seat. Stateless.
 */
final class BlockShapes {

    private static final double ROW_PITCH = 1.25;

    private final PodiumSeating podium = new PodiumSeating();
    private final AudienceSeating audience = new AudienceSeating();
    private final TalksSeating talks = new TalksSeating();
    private final ReceptionSeating reception = new ReceptionSeating();
    private final SigningSeating signing = new SigningSeating();
    private final RoundTableSeating roundTable = new RoundTableSeating();
    private final TableSeating table = new TableSeating();

    List<BlockShape> shape(SeatBlock block, SeatPlan plan) {
        return switch (block.kind()) {
            case PODIUM -> rows(podium.rows(block.rows(), plan.podiumRules(), Viewpoint.AUDIENCE), 0, true);
            case AUDIENCE -> rows(audience.rank(block.rows(), plan.convention(), plan.audienceFill(),
                    Viewpoint.AUDIENCE), block.aisleEvery(), false);
            case TALKS -> PartyShapes.talks(talks.seat(block.orientation(), block.hostSeats(), block.guestSeats(),
                    plan.convention(), plan.variants()), interpreters(block, plan));
            case RECEPTION -> PartyShapes.reception(reception.seat(block.hostSeats(), block.guestSeats(),
                    plan.convention(), Viewpoint.AUDIENCE), interpreters(block, plan));
            case SIGNING -> line(signing.signers(Viewpoint.AUDIENCE));
            case ROUND_TABLES -> roundTables(block, plan);
            case U_SHAPE, HOLLOW_SQUARE -> table.shape(block, plan.convention());
        };
    }

    private static InterpreterPlacement interpreters(SeatBlock block, SeatPlan plan) {
        return block.options().interpreters().resolve(block.kind(), plan.convention());
    }

    /**
     * Rows of seats, centred. The audience's front row is nearest the front of the room; the podium
     * faces the audience, so its front row is the one nearest the audience ({@code facingAudience}).
     */
    private static List<BlockShape> rows(RankedRows ranked, int aisleEvery, boolean facingAudience) {
        int rowCount = ranked.rows().size();
        List<BlockShape> seats = new ArrayList<>();
        for (int r = 0; r < ranked.rows().size(); r++) {
            List<Integer> row = ranked.row(r);
            int aisles = aisleEvery > 0 ? (row.size() - 1) / aisleEvery : 0;
            double width = row.size() + aisles;
            for (int i = 0; i < row.size(); i++) {
                int aislesBefore = aisleEvery > 0 ? i / aisleEvery : 0;
                double x = i + aislesBefore - (width - 1) / 2.0;
                double y = (facingAudience ? rowCount - 1 - r : r) * ROW_PITCH;
                seats.add(new BlockShape(r + 1, i + 1, x, y, row.get(i), Side.NONE));
            }
        }
        return seats;
    }

    private static List<BlockShape> line(List<PartySeat> leftToRight) {
        List<BlockShape> seats = new ArrayList<>();
        for (int i = 0; i < leftToRight.size(); i++) {
            PartySeat seat = leftToRight.get(i);
            seats.add(new BlockShape(1, i + 1, (i - (leftToRight.size() - 1) / 2.0) * 2, 0, seat.rank(), seat.party()));
        }
        return seats;
    }

    /**
     * Round tables in rows of up to four; tables take their honour like audience seats (front row,
     * centre first), and within a table seat 1 faces the door.
     */
    private List<BlockShape> roundTables(SeatBlock block, SeatPlan plan) {
        int perRow = Math.min(4, block.tables());
        List<Integer> tableRows = new ArrayList<>();
        for (int left = block.tables(); left > 0; left -= perRow) {
            tableRows.add(Math.min(perRow, left));
        }
        RankedRows tableOrder = audience.rank(tableRows, plan.convention(), plan.audienceFill(), Viewpoint.AUDIENCE);
        List<Integer> seatRanks = roundTable.meetingRanks(block.seatsPerTable(), plan.convention());
        int k = block.seatsPerTable();
        double radius = Math.max(1.2, k * 1.15 / (2 * Math.PI));
        double spacing = 2 * radius + 2;
        List<BlockShape> seats = new ArrayList<>();
        for (int r = 0; r < tableOrder.rows().size(); r++) {
            List<Integer> row = tableOrder.row(r);
            for (int c = 0; c < row.size(); c++) {
                int tableNumber = row.get(c);
                double cx = (c - (row.size() - 1) / 2.0) * spacing;
                double cy = radius + r * spacing;
                for (int p = 0; p < k; p++) {
                    double theta = 2 * Math.PI * p / k;
                    int rank = (tableNumber - 1) * k + seatRanks.get(p);
                    seats.add(new BlockShape(tableNumber, p + 1, cx + radius * Math.sin(theta),
                            cy - radius * Math.cos(theta), rank, Side.NONE));
                }
            }
        }
        return seats;
    }
}
