package org.huiwu.ui.seating;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.model.Attendee;
import org.huiwu.model.Meeting;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;

/**
 * What {@link SeatingExports} reads of the seating screen to print it, and the one thing it reports
 * back: name cards were printed. {@link SeatingViewModel} is the one implementation; its fields stay its
 * own. FX thread only.
 */
interface SeatingPrintSource {

    /** The open meeting, or null. */
    Meeting meeting();

    /** The meeting's seat plan, or null before it has loaded. */
    SeatPlan plan();

    /** The plan's seats, laid out. */
    List<PlannedSeat> seats();

    /** The meeting's attendees as last stored. */
    List<Attendee> attendees();

    /** Who sits where now. */
    SeatAssignments assignments();

    /** Who sat where on the name cards last printed, by seat. */
    Map<String, UUID> printedCards();

    /** Name cards of {@code meetingId} were printed; {@code printed} is who sits where on them now. */
    void cardsPrinted(UUID meetingId, Map<String, UUID> printed);

    /** Says something on the status line. */
    void say(String status);
}
