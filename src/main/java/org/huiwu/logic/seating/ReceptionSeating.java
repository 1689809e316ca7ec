package org.huiwu.logic.seating;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.PartySeat;
import org.huiwu.model.seating.Viewpoint;

/**
 * Seats a reception (会见, sofa room) as a semicircle facing the entrance, after seating.md §6:
 * host and chief guest side by side in the middle, each party continuing outward on its own
 * principal's side in rank order. Under {@link Convention#FOREIGN_AFFAIRS} the chief guest sits on
 * the host's right (S8, S9, S10: from the door the host side is on the right); use it for foreign
 * visitors. Under {@link Convention#GOVERNMENT} the visiting superior sits on the host's left
 * (S8, stated as a principle only). Interpreter seats are added by {@code PartyShapes};
 * note-takers are not placed here.
 * Stateless, thread-safe.
 */
public final class ReceptionSeating {

    /** The most people accepted in one party of a reception. */
    public static final int MAX_PARTY_SIZE = 50;

    /**
     * The seats of the semicircle from one end to the other.
     *
     * @param hostParty  people on the host side, including the host
     * @param guestParty people on the guest side, including the chief guest
     * @param convention which of the host's hands the chief guest takes
     * @param viewpoint  {@link Viewpoint#PODIUM}: as the seated principals see it;
     *                   {@link Viewpoint#AUDIENCE}: as someone entering the door sees it
     * @throws IllegalArgumentException when a party size is out of range
     */
    public List<PartySeat> seat(int hostParty, int guestParty, Convention convention, Viewpoint viewpoint) {
        Objects.requireNonNull(convention, "convention");
        Objects.requireNonNull(viewpoint, "viewpoint");
        SeatLimits.require(hostParty, 1, MAX_PARTY_SIZE, "Host party size");
        SeatLimits.require(guestParty, 1, MAX_PARTY_SIZE, "Guest party size");
        // Built as the seated principals see it: honoured side (the guests) on the honoured hand.
        List<PartySeat> leftHand = new ArrayList<>();
        List<PartySeat> rightHand = new ArrayList<>();
        boolean guestsOnLeft = convention.leftHonoured();
        for (int rank = 1; rank <= hostParty; rank++) {
            (guestsOnLeft ? rightHand : leftHand).add(PartySeat.host(rank));
        }
        for (int rank = 1; rank <= guestParty; rank++) {
            (guestsOnLeft ? leftHand : rightHand).add(PartySeat.guest(rank));
        }
        List<PartySeat> seats = new ArrayList<>(hostParty + guestParty);
        for (int i = leftHand.size() - 1; i >= 0; i--) {
            seats.add(leftHand.get(i));
        }
        seats.addAll(rightHand);
        if (viewpoint == Viewpoint.AUDIENCE) {
            Collections.reverse(seats);
        }
        return List.copyOf(seats);
    }
}
