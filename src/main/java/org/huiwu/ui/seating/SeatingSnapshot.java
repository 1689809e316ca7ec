package org.huiwu.ui.seating;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.model.Attendee;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;

/**
 * Everything the seating screen loads for one meeting in one background call: the plan,
 * whether it is stored yet, its seats (empty with a problem text when the plan cannot be laid out), who sits where, what was last printed
 * and the attendees in precedence order. Immutable.
 */
record SeatingSnapshot(SeatPlan plan, boolean stored, List<PlannedSeat> seats, String layoutProblem, SeatAssignments assignments,
        Map<String, UUID> printed, List<Attendee> attendees) {
}
