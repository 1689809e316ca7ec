package org.huiwu.logic.seating;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.huiwu.model.seating.PodiumRules;
import org.huiwu.model.seating.RankedRows;
import org.huiwu.model.seating.RowNumbering;
import org.huiwu.model.seating.SeatingVariant;
import org.huiwu.model.seating.Viewpoint;

/**
 * Numbers the seats of a podium (主席台), one row or several, by rule R-POD of seating.md §2:
 * odd rows put No.1 in the centre, even rows put No.1 in the audience-left seat of the centre pair,
 * and No.2 always sits at No.1's left hand (government convention). The foreign-affairs convention
 * mirrors every row; variants V1 and V2 (seating.md §3) mirror even rows or two-seat rows.
 * Rows run front first; with {@link RowNumbering#CONTINUOUS} row 2 continues after the last rank of
 * row 1. How a shorter row is centred behind a longer one is a drawing matter, not decided here.
 * Stateless, thread-safe.
 */
public final class PodiumSeating {

    /** The most seats accepted in one podium row. */
    public static final int MAX_SEATS_PER_ROW = 200;
    /** The most rows accepted on one podium. */
    public static final int MAX_ROWS = 20;

    /** Ranks of a one-row podium of {@code seats} seats, read from {@code viewpoint}. */
    public RankedRows singleRow(int seats, PodiumRules rules, Viewpoint viewpoint) {
        return rows(List.of(seats), rules, viewpoint);
    }

    /**
     * Ranks of a podium with the given row sizes, front row first.
     *
     * @param rowSizes  seats per row, front row first; each 1..{@value #MAX_SEATS_PER_ROW}
     * @param rules     convention, variants and row numbering
     * @param viewpoint from where each row is read left to right
     * @throws IllegalArgumentException when a size is out of range
     */
    public RankedRows rows(List<Integer> rowSizes, PodiumRules rules, Viewpoint viewpoint) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(viewpoint, "viewpoint");
        SeatLimits.requireRows(rowSizes, MAX_ROWS, MAX_SEATS_PER_ROW);
        List<List<Integer>> lines = new ArrayList<>(rowSizes.size());
        int nextRank = 1;
        for (int seats : rowSizes) {
            int firstRank = rules.rowNumbering() == RowNumbering.CONTINUOUS ? nextRank : 1;
            lines.add(CentreOutLine.asList(line(seats, firstRank, rules, viewpoint)));
            nextRank += seats;
        }
        return new RankedRows(viewpoint, lines);
    }

    private static int[] line(int seats, int firstRank, PodiumRules rules, Viewpoint viewpoint) {
        boolean leftHonoured = rules.convention().leftHonoured();
        boolean evenRowFlipped = seats % 2 == 0
                && rules.has(SeatingVariant.EVEN_ROW_NUMBER_ONE_ON_LEADERS_LEFT);
        boolean pairFlipped = seats == 2
                && rules.has(SeatingVariant.TWO_LEADERS_NUMBER_ONE_ON_LEADERS_LEFT);
        if (evenRowFlipped || pairFlipped) {
            leftHonoured = !leftHonoured;
        }
        // The leaders face the hall: their own view is the podium view, the audience sees its mirror.
        int[] podiumView = CentreOutLine.ownView(seats, firstRank, leftHonoured);
        return viewpoint == Viewpoint.PODIUM ? podiumView : CentreOutLine.mirror(podiumView);
    }
}
