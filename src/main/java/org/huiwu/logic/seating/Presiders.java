package org.huiwu.logic.seating;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.BlockOptions;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.PresiderPlacement;
import org.huiwu.model.seating.SeatBlock;

/**
 * Who presides (主持) over a podium block and which seat the placement gives them (decision 0012).
 * The presider is the attendee chosen in the block's options; without a choice, the suggestion is the
 * No.2 of the podium (the second leader in precedence, or the second attendee when the list marks no
 * leader), after the practice source of domain.md §4.2. Stateless and thread-safe.
 */
public final class Presiders {

    /**
     * The block's presider, or empty when the block shows no presider: it is not a podium, or no one
     * was chosen and the placement is by rank. Staff and absent attendees never preside.
     */
    public Optional<UUID> presiderOf(SeatBlock block, List<Attendee> attendees) {
        BlockOptions options = block.options();
        if (block.kind() != BlockKind.PODIUM) {
            return Optional.empty();
        }
        if (options.presiderId() != null) {
            return attendees.stream().filter(a -> a.id().equals(options.presiderId()) && eligible(a)).findFirst()
                    .map(Attendee::id).or(() -> suggestionIf(options, attendees));
        }
        return suggestionIf(options, attendees);
    }

    /** The suggested presider: the No.2 of the podium by precedence, or the only candidate. */
    public Optional<UUID> suggestion(List<Attendee> attendees) {
        List<Attendee> candidates = attendees.stream().filter(Presiders::eligible).toList();
        List<Attendee> leaders = candidates.stream().filter(a -> a.role() == AttendeeRole.LEADER).toList();
        List<Attendee> pool = leaders.isEmpty() ? candidates : leaders;
        return pool.isEmpty() ? Optional.empty() : Optional.of(pool.get(Math.min(1, pool.size() - 1)).id());
    }

    /**
     * The seat the placement reserves for the presider among the block's seats (in honour order), or
     * empty for {@link PresiderPlacement#BY_RANK}. Front-row centre is the most honoured front-row seat
     * that No.1 does not take: No.1's own seat only when the presider is No.1, otherwise the next seat
     * in honour (the other half of an even row's centre pair, or the seat at No.1's honoured hand in an
     * odd row). A one-seat front row belongs to No.1, so another presider then sits by rank.
     */
    public Optional<PlannedSeat> presiderSeat(PresiderPlacement placement, List<PlannedSeat> blockSeats,
            boolean presiderIsNumberOne) {
        List<PlannedSeat> front = blockSeats.stream().filter(s -> s.row() == 1).toList();
        if (placement == PresiderPlacement.BY_RANK || front.isEmpty()) {
            return Optional.empty();
        }
        if (presiderIsNumberOne && placement == PresiderPlacement.FRONT_CENTRE) {
            return Optional.of(front.get(0));
        }
        if (front.size() == 1) {
            return Optional.empty();
        }
        return switch (placement) {
            case FRONT_CENTRE -> Optional.of(front.get(1));
            case FRONT_END_LEFT -> front.stream().min(Comparator.comparingDouble(PlannedSeat::x));
            case FRONT_END_RIGHT -> front.stream().max(Comparator.comparingDouble(PlannedSeat::x));
            case BY_RANK -> Optional.empty();
        };
    }

    static boolean eligible(Attendee attendee) {
        return attendee.role() != AttendeeRole.STAFF && attendee.role() != AttendeeRole.INTERPRETER
                && attendee.checkIn() != CheckInStatus.ABSENT;
    }

    private Optional<UUID> suggestionIf(BlockOptions options, List<Attendee> attendees) {
        return options.presiderPlacement() == PresiderPlacement.BY_RANK && options.presiderId() == null
                ? Optional.empty() : suggestion(attendees);
    }
}
