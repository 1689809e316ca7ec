package org.huiwu.logic.seating;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.huiwu.model.Side;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.SeatingVariant;
import org.huiwu.model.seating.TableOrientation;
import org.huiwu.model.seating.TablePosition;
import org.huiwu.model.seating.TableSide;

/**
 * Seats the two parties of bilateral talks (会谈) at a long table, after seating.md §5.
 * Across the door (T1) the guests face the door and the hosts have their backs to it, unless
 * variant V4 ({@link SeatingVariant#HOST_FACES_DOOR}) is on. End-on to the door (T2) the guests
 * take the right-hand side as seen from the door, the hosts the left. On each side the chief sits
 * in the middle and the others alternate outward, the convention's honoured hand first: government
 * practice gives each side's own view 4 2 1 3 5 for five seats, foreign affairs 5 3 1 2 4.
 * A report meeting to a superior (汇报会, T4) is the across-the-door case with the superior's side
 * passed as the guests. Interpreter seats are added by {@code PartyShapes}; note-taker seats and the
 * single-table internal meeting (T3) are not placed here. Stateless, thread-safe.
 */
public final class TalksSeating {

    /** The most seats accepted on one side of the table. */
    public static final int MAX_SEATS_PER_SIDE = 50;

    /**
     * The two sides of the table, the guest side first.
     *
     * @param orientation how the table stands to the door
     * @param hostSeats   seats on the host side, 1..{@value #MAX_SEATS_PER_SIDE}
     * @param guestSeats  seats on the guest side, 1..{@value #MAX_SEATS_PER_SIDE}
     * @param convention  which hand is honoured when alternating outward
     * @param variants    disputed variants switched on; only V4 affects talks
     * @throws IllegalArgumentException when a seat count is out of range
     */
    public List<TableSide> seat(TableOrientation orientation, int hostSeats, int guestSeats,
            Convention convention, Set<SeatingVariant> variants) {
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(convention, "convention");
        Objects.requireNonNull(variants, "variants");
        SeatLimits.require(hostSeats, 1, MAX_SEATS_PER_SIDE, "Host seats");
        SeatLimits.require(guestSeats, 1, MAX_SEATS_PER_SIDE, "Guest seats");
        TablePosition guestPosition;
        TablePosition hostPosition;
        if (orientation == TableOrientation.END_ON_TO_DOOR) {
            guestPosition = TablePosition.RIGHT_FROM_DOOR;
            hostPosition = TablePosition.LEFT_FROM_DOOR;
        } else if (variants.contains(SeatingVariant.HOST_FACES_DOOR)) {
            guestPosition = TablePosition.BACK_TO_DOOR;
            hostPosition = TablePosition.FACING_DOOR;
        } else {
            guestPosition = TablePosition.FACING_DOOR;
            hostPosition = TablePosition.BACK_TO_DOOR;
        }
        return List.of(
                new TableSide(guestPosition, Side.GUEST, side(guestSeats, convention)),
                new TableSide(hostPosition, Side.HOST, side(hostSeats, convention)));
    }

    private static List<Integer> side(int seats, Convention convention) {
        return CentreOutLine.asList(CentreOutLine.ownView(seats, 1, convention.leftHonoured()));
    }
}
