package org.huiwu.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.seating.print.PrintFailedException;
import org.huiwu.model.Attendee;
import org.huiwu.model.Meeting;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;

/**
 * A meeting with its seat plan, laid-out seats, assignments and attendees, as the printing commands
 * need them; and the one-line messages for what can go wrong while printing. Immutable.
 */
record MeetingSeating(Meeting meeting, SeatPlan plan, List<PlannedSeat> seats, SeatAssignments assignments,
        List<Attendee> attendees) {

    /** Loads the meeting's seating, or fails the command when the meeting or its plan does not exist. */
    static MeetingSeating load(AppContext context, UUID meetingId, I18n i18n) {
        Meeting meeting = MeetingLookup.require(context, meetingId);
        SeatPlan plan = context.seatPlans().planOf(meetingId);
        if (plan.blocks().isEmpty()) {
            throw new CommandFailure(i18n.format("seating.print.noPlan", meeting.title()));
        }
        return new MeetingSeating(meeting, plan, context.seatPlans().seats(plan),
                context.seatPlans().assignments(plan.id()), context.roster().list(meetingId));
    }

    /** The one-line failure for a printout that could not be made. */
    static CommandFailure failure(I18n i18n, PrintFailedException failed) {
        return new CommandFailure(i18n.format(failed.problem().messageKey(), failed.arguments().toArray())
                .replace('\n', ' '));
    }

    /** The one-line failure for a file that could not be written. */
    static CommandFailure failure(I18n i18n, Path file, IOException failed) {
        return new CommandFailure(i18n.format("seating.print.writeFailed", file.toString(),
                String.valueOf(failed.getMessage())).replace('\n', ' '));
    }
}
