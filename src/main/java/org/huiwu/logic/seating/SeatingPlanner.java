package org.huiwu.logic.seating;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huiwu.model.Attendee;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;

/**
 * Who sits where, by rule: auto-assign fills the seats in order of honour from the precedence list,
 * and reflow closes the gap an absent attendee leaves. Pure functions of their inputs: locked seats
 * are never touched, staff and absent attendees are never seated, and ties in rank keep the list's
 * order. Stateless and thread-safe.
 *
 * <p>Auto-assign rules ({@link AutoAssign}): party seats (talks, reception, signing) take the attendees of that side, in
 * precedence order; podium seats take the leaders (or everyone, when the list marks no leader) and are
 * otherwise left free; interpreter seats take the attendees with the interpreter role (their party's
 * first), who take no other seat; all other seats take the remaining attendees in precedence order. With the
 * plan's block options, a podium presider and sections by unit are honoured too, by auto-assign and
 * by reflow ({@link Reflow}) alike.
 */
public final class SeatingPlanner {

    /**
     * Fills every unlocked seat again, without block options. {@code seats} must be in honour order (as
     * {@link SeatLayout} returns them) and {@code attendees} in precedence order.
     */
    public SeatAssignments autoAssign(List<PlannedSeat> seats, List<Attendee> attendees, SeatAssignments current) {
        return new AutoAssign(List.of(), Convention.GOVERNMENT, attendees, current).run(seats);
    }

    /**
     * Fills every unlocked seat again, honouring the plan's block options: a podium's presider takes
     * the seat its placement gives (decision 0012) and an audience block sectioned by unit seats each
     * unit together. {@code seats} must be the plan's seats in honour order, {@code attendees} in
     * precedence order.
     */
    public SeatAssignments autoAssign(SeatPlan plan, List<PlannedSeat> seats, List<Attendee> attendees,
            SeatAssignments current) {
        return new AutoAssign(plan.blocks(), plan.convention(), attendees, current).run(seats);
    }

    /**
     * Takes {@code absentId} out of its seat and moves each later attendee of the same block up one
     * seat in honour order, skipping locked seats; the last seat of the block becomes free. Knows no
     * block options: callers with a plan use {@link #reflow(SeatPlan, List, SeatAssignments, UUID)}.
     */
    public SeatAssignments reflow(List<PlannedSeat> seats, SeatAssignments current, UUID absentId) {
        return new Reflow(List.of(), Convention.GOVERNMENT).run(seats, current, absentId);
    }

    /**
     * Reflow honouring the plan's block options ({@link Reflow}, decision 0012): a podium presider
     * seated by placement keeps the seat (left empty if the presider is the one absent), and an
     * audience block sectioned by unit closes the gap along its unit fill order, so units stay
     * together. Blocks without options reflow in honour order as above.
     */
    public SeatAssignments reflow(SeatPlan plan, List<PlannedSeat> seats, SeatAssignments current, UUID absentId) {
        return new Reflow(plan.blocks(), plan.convention()).run(seats, current, absentId);
    }

    /**
     * Puts an attendee in a seat. If someone sits there, the two swap (the other takes the attendee's
     * old seat, or becomes unseated if the attendee had none). Locks are not changed.
     */
    public SeatAssignments place(SeatAssignments current, UUID attendeeId, String seatKey) {
        Map<String, UUID> result = new LinkedHashMap<>(current.occupantBySeat());
        String from = current.seatOf(attendeeId).orElse(null);
        UUID displaced = result.get(seatKey);
        if (from != null) {
            result.remove(from);
        }
        result.put(seatKey, attendeeId);
        if (displaced != null && !displaced.equals(attendeeId) && from != null) {
            result.put(from, displaced);
        }
        return SeatAssignments.of(result, current.lockedSeats());
    }

    /** Moves whoever sits in {@code fromSeat} to {@code toSeat}, swapping with its occupant. */
    public SeatAssignments swapSeats(SeatAssignments current, String fromSeat, String toSeat) {
        Map<String, UUID> result = new LinkedHashMap<>(current.occupantBySeat());
        UUID moving = result.remove(fromSeat);
        UUID other = result.remove(toSeat);
        if (moving != null) {
            result.put(toSeat, moving);
        }
        if (other != null) {
            result.put(fromSeat, other);
        }
        return SeatAssignments.of(result, current.lockedSeats());
    }

    public SeatAssignments unseat(SeatAssignments current, String seatKey) {
        Map<String, UUID> result = new LinkedHashMap<>(current.occupantBySeat());
        result.remove(seatKey);
        return SeatAssignments.of(result, current.lockedSeats());
    }

    public SeatAssignments setLocked(SeatAssignments current, String seatKey, boolean locked) {
        Set<String> locks = new HashSet<>(current.lockedSeats());
        if (locked) {
            locks.add(seatKey);
        } else {
            locks.remove(seatKey);
        }
        return SeatAssignments.of(current.occupantBySeat(), locks);
    }

    /** Empties every seat of a block and releases its locks. */
    public SeatAssignments clearBlock(List<PlannedSeat> seats, SeatAssignments current, UUID blockId) {
        Map<String, UUID> result = new HashMap<>(current.occupantBySeat());
        Set<String> locks = new HashSet<>(current.lockedSeats());
        for (PlannedSeat seat : seats) {
            if (seat.blockId().equals(blockId)) {
                result.remove(seat.key());
                locks.remove(seat.key());
            }
        }
        return SeatAssignments.of(new LinkedHashMap<>(result), locks);
    }

    /** The attendees (in precedence order) who have no seat; staff and absent attendees included. */
    public List<Attendee> unseated(List<Attendee> attendees, SeatAssignments assignments) {
        return attendees.stream().filter(a -> assignments.seatOf(a.id()).isEmpty()).toList();
    }
}
