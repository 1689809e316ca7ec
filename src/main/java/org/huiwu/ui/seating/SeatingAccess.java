package org.huiwu.ui.seating;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.huiwu.model.Attendee;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;

/**
 * What {@link SeatingCommands} may see and change of the seating screen's state: the plan, seats and
 * people it decides on (as {@link SeatingPrintSource} shows them), and the steps it hands back. {@link SeatingViewModel} is the one implementation;
 * its fields stay its own. FX thread only.
 */
interface SeatingAccess extends SeatingPrintSource {

    /** The attendee with this id, or null. */
    Attendee person(UUID id);

    /** Applies a new assignment state as one undoable step and stores it in the background. */
    void step(SeatAssignments next);

    /** Steps back (or forward again) and stores the result. */
    void undo();

    void redo();

    /** The check-in of {@code meetingId} was stored; {@code stored} is its attendee list now. */
    void checkInStored(UUID meetingId, List<Attendee> stored);

    /** Stores a changed plan, then shows it and runs {@code after} with its seats; a refused plan is explained. */
    void whenPlanSaved(SeatPlan changed, Consumer<List<PlannedSeat>> after);

    /** The layout saves, whose {@link LayoutSaves#seen} mark a block dialog takes as it opens (decision 0039). */
    LayoutSaves layouts();

    /** Reads the plan again. */
    void reload();

    /** Shows a failed write. */
    void fail(Throwable failure);
}
