package org.huiwu.logic.seating;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.PartySeat;

/**
 * Numbers the seats of a round table, after seating.md §6 and S14. Seat positions are indexed from
 * 0, the seat facing the door, and go round the table towards that seat's own left hand, so
 * position 1 is at the left hand of position 0 and the last position at its right hand.
 * Meeting table: position 0 is rank 1; the nearer a seat is to it the higher, and at equal distance
 * the convention's honoured hand wins. Banquet: the host (主陪) faces the door, the second host
 * (副主陪) sits opposite, guest 1 at the host's right, guest 2 at the host's left, guest 3 at the
 * second host's right, guest 4 at the second host's left (right is honoured at banquets even in
 * domestic sources); other seats stay open. Stateless, thread-safe.
 */
public final class RoundTableSeating {

    /** The most seats accepted at one round table. */
    public static final int MAX_SEATS = 30;
    /** The fewest seats a banquet table needs for its six prescribed seats. */
    public static final int MIN_BANQUET_SEATS = 6;

    /**
     * Ranks of a meeting round table by position (see the class comment for positions).
     *
     * @throws IllegalArgumentException when {@code seats} is outside 1..{@value #MAX_SEATS}
     */
    public List<Integer> meetingRanks(int seats, Convention convention) {
        Objects.requireNonNull(convention, "convention");
        SeatLimits.require(seats, 1, MAX_SEATS, "Round table seats");
        int[] ranks = new int[seats];
        for (int rank = 1; rank <= seats; rank++) {
            int distance = rank / 2;
            boolean honouredHand = rank % 2 == 0;
            boolean towardsLeft = honouredHand == convention.leftHonoured();
            ranks[towardsLeft ? distance : (seats - distance) % seats] = rank;
        }
        return CentreOutLine.asList(ranks);
    }

    /**
     * The prescribed seats of a banquet round table by position; unprescribed seats are
     * {@link PartySeat#OPEN}.
     *
     * @throws IllegalArgumentException when {@code seats} is outside
     *         {@value #MIN_BANQUET_SEATS}..{@value #MAX_SEATS}
     */
    public List<PartySeat> banquet(int seats) {
        SeatLimits.require(seats, MIN_BANQUET_SEATS, MAX_SEATS, "Banquet table seats");
        PartySeat[] table = new PartySeat[seats];
        Arrays.fill(table, PartySeat.OPEN);
        int opposite = seats / 2;
        table[0] = PartySeat.host(1);
        table[opposite] = PartySeat.host(2);
        table[seats - 1] = PartySeat.guest(1);
        table[1] = PartySeat.guest(2);
        // Everyone faces the centre, so the second host's right hand lies back towards position 1.
        table[opposite - 1] = PartySeat.guest(3);
        table[opposite + 1] = PartySeat.guest(4);
        return List.of(table);
    }
}
