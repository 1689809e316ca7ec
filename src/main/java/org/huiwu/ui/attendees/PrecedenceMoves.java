package org.huiwu.ui.attendees;

import java.util.function.Consumer;

import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.model.Attendee;
import org.huiwu.model.Meeting;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.TaskRunner;

/**
 * Moves of attendees in the current meeting's precedence list (Alt+Up/Down, a drag in the table). The list
 * shows each move at once, so that quick repeated moves (Alt+Up held down) each start from where the last one
 * put the person; while moves are still being saved ({@link #pending()}) the stored list is not shown, and it is
 * published once the last pending move is saved. Owned by {@link AttendeeTableViewModel}. FX thread only; the
 * moves are saved through the {@link TaskRunner}.
 */
public final class PrecedenceMoves {

    private final AttendeeRoster roster;
    private final AppState state;
    private final TaskRunner runner;
    private final AttendeeListing listing;
    private final Consumer<Throwable> failed;
    private int pendingMoves;

    /** @param failed shows a move's failure and reads the list again */
    PrecedenceMoves(AttendeeRoster roster, AppState state, TaskRunner runner, AttendeeListing listing,
            Consumer<Throwable> failed) {
        this.roster = roster;
        this.state = state;
        this.runner = runner;
        this.listing = listing;
        this.failed = failed;
    }

    /** Whether a move is still being saved (the list shows it already). */
    boolean pending() {
        return pendingMoves > 0;
    }

    /** Moves an attendee {@code offset} places in the precedence list (negative is up, towards No.1). */
    public void moveBy(Attendee attendee, int offset) {
        int index = listing.indexOf(attendee.id());
        if (index >= 0) {
            moveTo(attendee, index + offset);
        }
    }

    /** Moves an attendee to a place in the precedence list (a drag in the table). */
    public void moveTo(Attendee attendee, int targetIndex) {
        Meeting meeting = state.currentMeeting();
        int from = listing.indexOf(attendee.id());
        if (meeting == null || from < 0 || targetIndex < 0 || targetIndex >= listing.attendees.size()
                || targetIndex == from) {
            return;
        }
        listing.attendees.add(targetIndex, listing.attendees.remove(from));
        pendingMoves++;
        runner.run(() -> roster.moveTo(meeting.id(), attendee.id(), targetIndex), moved -> {
            if (--pendingMoves == 0) {
                state.openMeeting().attendeesStored(meeting.id(), moved);
            }
        }, failure -> {
            pendingMoves--;
            failed.accept(failure);
        });
    }
}
