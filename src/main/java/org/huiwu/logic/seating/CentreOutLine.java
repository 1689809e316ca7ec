package org.huiwu.logic.seating;

import java.util.Arrays;
import java.util.List;

/**
 * The one numbering pattern behind every straight line of seats in seating.md: rank 1 in the
 * centre, the next rank on rank 1's honoured hand, the one after on the other hand, and so on
 * outward. With an even count rank 1 and rank 2 share the centre pair, rank 2 on the honoured hand.
 * Lines are returned left to right <em>as the seated people themselves see it</em>; callers mirror
 * them for an onlooker. Stateless, thread-safe.
 */
final class CentreOutLine {

    private CentreOutLine() {
    }

    /**
     * Ranks of a line of seats, left to right from the seated people's own viewpoint.
     *
     * @param seats        number of seats, at least 1
     * @param firstRank    the rank given to the centre seat (1 for a first row)
     * @param leftHonoured whether the seated people's own left hand is the honoured side
     * @return a new array; element i is the rank of the i-th seat from the left
     */
    static int[] ownView(int seats, int firstRank, boolean leftHonoured) {
        int[] line = new int[seats];
        int centre = seats / 2;
        for (int offset = 0; offset < seats; offset++) {
            int rank = offset + 1;
            int fromLeft;
            if (rank == 1) {
                fromLeft = centre;
            } else if (rank % 2 == 0) {
                fromLeft = centre - rank / 2;
            } else {
                fromLeft = centre + (rank - 1) / 2;
            }
            int position = leftHonoured ? fromLeft : seats - 1 - fromLeft;
            line[position] = firstRank + offset;
        }
        return line;
    }

    /** Reverses a line in place and returns it: the same seats read from the opposite side. */
    static int[] mirror(int[] line) {
        for (int i = 0, j = line.length - 1; i < j; i++, j--) {
            int swap = line[i];
            line[i] = line[j];
            line[j] = swap;
        }
        return line;
    }

    /** Boxes a line into an unmodifiable list. */
    static List<Integer> asList(int[] line) {
        return Arrays.stream(line).boxed().toList();
    }
}
