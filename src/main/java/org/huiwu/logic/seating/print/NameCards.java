package org.huiwu.logic.seating.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.huiwu.logic.seating.SeatPlans;
import org.huiwu.model.Attendee;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;

/**
 * Which name cards to print: one per occupied seat in honour order, or only those of seats whose
 * occupant changed since the cards were last printed (a seat emptied since needs no new card).
 * Stateless and thread-safe.
 */
public final class NameCards {

    private NameCards() {
    }

    /** The cards of every occupied seat, most senior seat first. */
    public static List<NameCard> all(List<PlannedSeat> seats, SeatAssignments assignments, List<Attendee> attendees) {
        return select(seats, assignments, attendees, null);
    }

    /** The cards of the seats whose occupant differs from {@code printed}, most senior seat first. */
    public static List<NameCard> changedSincePrint(List<PlannedSeat> seats, SeatAssignments assignments,
            List<Attendee> attendees, Map<String, UUID> printed) {
        return select(seats, assignments, attendees, SeatPlans.changedSincePrint(printed, assignments));
    }

    private static List<NameCard> select(List<PlannedSeat> seats, SeatAssignments assignments, List<Attendee> attendees,
            Set<String> only) {
        Map<UUID, Attendee> byId = attendees.stream().collect(Collectors.toMap(Attendee::id, Function.identity(),
                (a, b) -> a));
        List<NameCard> cards = new ArrayList<>();
        for (PlannedSeat seat : seats) {
            if (only != null && !only.contains(seat.key())) {
                continue;
            }
            assignments.occupantOf(seat.key()).map(byId::get).ifPresent(a -> cards.add(NameCard.of(seat.key(), a)));
        }
        return cards;
    }
}
