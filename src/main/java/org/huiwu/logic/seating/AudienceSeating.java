package org.huiwu.logic.seating;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.huiwu.model.seating.AudienceFill;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.RankedRows;
import org.huiwu.model.seating.Viewpoint;

/**
 * Numbers audience seats (群众席) by the general principles of domain.md §4: front rows above back
 * rows (前高于后), centre above sides (中高于侧), and the convention's honoured hand. The audience
 * faces the podium, so its members' own left is the hall's left: under the government convention
 * rank 2 sits to the left of rank 1 as the hall sees it (AUD row of 7: 6 4 2 1 3 5 7). No source
 * prints an audience row, so this is derived, not attested; choose
 * {@link Convention#FOREIGN_AFFAIRS} for the mirror image. {@link AudienceFill#COLUMNS_LEFT_TO_RIGHT}
 * follows seating.md S15 instead: columns from the left as seen facing the podium, each front to
 * back, with rows aligned on their left-most seat. Stateless, thread-safe.
 */
public final class AudienceSeating {

    /** The most audience rows accepted. */
    public static final int MAX_ROWS = 200;
    /** The most seats accepted in one audience row. */
    public static final int MAX_SEATS_PER_ROW = 200;

    /**
     * Ranks of the audience seats, one list per row, front row first.
     *
     * @param rowSizes   seats per row, front row first
     * @param convention which hand of the seated person is honoured (row fill only)
     * @param fill       rows front to back, or columns left to right
     * @param viewpoint  {@link Viewpoint#AUDIENCE} reads rows as the audience faces the podium,
     *                   {@link Viewpoint#PODIUM} as seen from the podium
     * @throws IllegalArgumentException when a size is out of range
     */
    public RankedRows rank(List<Integer> rowSizes, Convention convention, AudienceFill fill,
            Viewpoint viewpoint) {
        Objects.requireNonNull(convention, "convention");
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(viewpoint, "viewpoint");
        SeatLimits.requireRows(rowSizes, MAX_ROWS, MAX_SEATS_PER_ROW);
        List<int[]> lines = fill == AudienceFill.ROWS_FRONT_TO_BACK
                ? byRows(rowSizes, convention)
                : byColumns(rowSizes);
        List<List<Integer>> rows = new ArrayList<>(lines.size());
        for (int[] line : lines) {
            rows.add(CentreOutLine.asList(viewpoint == Viewpoint.PODIUM ? CentreOutLine.mirror(line) : line));
        }
        return new RankedRows(viewpoint, rows);
    }

    private static List<int[]> byRows(List<Integer> rowSizes, Convention convention) {
        List<int[]> lines = new ArrayList<>(rowSizes.size());
        int nextRank = 1;
        for (int seats : rowSizes) {
            lines.add(CentreOutLine.ownView(seats, nextRank, convention.leftHonoured()));
            nextRank += seats;
        }
        return lines;
    }

    private static List<int[]> byColumns(List<Integer> rowSizes) {
        List<int[]> lines = new ArrayList<>(rowSizes.size());
        int widest = 0;
        for (int seats : rowSizes) {
            lines.add(new int[seats]);
            widest = Math.max(widest, seats);
        }
        int nextRank = 1;
        for (int column = 0; column < widest; column++) {
            for (int[] line : lines) {
                if (column < line.length) {
                    line[column] = nextRank++;
                }
            }
        }
        return lines;
    }
}
