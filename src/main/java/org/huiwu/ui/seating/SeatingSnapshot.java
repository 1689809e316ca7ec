package org.huiwu.ui.seating;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.logic.seating.SeatPlanRejectedException;
import org.huiwu.logic.seating.SeatPlans;
import org.huiwu.model.Attendee;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;

/**
 * Everything the seating screen loads for one meeting in one background call: the plan,
 * whether it is stored yet and its layout's version (decision 0039), its seats (empty with a problem text when the plan cannot be laid out), who sits where, what was last printed
 * and the attendees in precedence order. Immutable; {@link #read} runs on the task runner's thread.
 */
record SeatingSnapshot(SeatPlan plan, boolean stored, int layoutVersion, List<PlannedSeat> seats, String layoutProblem,
        SeatAssignments assignments, Map<String, UUID> printed, List<Attendee> attendees) {

    /**
     * Reads the seating of {@code meetingId} (a new plan by its kind of meeting when none is stored, which has nothing
     * seated or printed to read, also during an outage; decision 0041): storage work.
     */
    static SeatingSnapshot read(SeatPlans plans, AttendeeRoster roster, I18n i18n, UUID meetingId,
            boolean foreignAffairs) {
        Optional<SeatPlan> stored = plans.find(meetingId);
        SeatPlan loaded = stored.orElseGet(() -> plans.planOf(meetingId, foreignAffairs));
        List<PlannedSeat> laidOut = List.of();
        String layoutProblem = "";
        try {
            laidOut = plans.seats(loaded);
        } catch (SeatPlanRejectedException e) {
            layoutProblem = SeatingTexts.problem(i18n, e);
        }
        if (stored.isEmpty()) {
            return new SeatingSnapshot(loaded, false, 0, laidOut, layoutProblem, SeatAssignments.none(), Map.of(),
                    roster.list(meetingId));
        }
        return new SeatingSnapshot(loaded, true, plans.layoutVersion(loaded.id()), laidOut, layoutProblem,
                plans.assignments(loaded.id()), plans.printed(loaded.id()), roster.list(meetingId));
    }
}
