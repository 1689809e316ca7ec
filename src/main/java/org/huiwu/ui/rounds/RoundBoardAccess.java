package org.huiwu.ui.rounds;

import java.util.List;
import java.util.UUID;

import org.huiwu.logic.rounds.SeatBoard;
import org.huiwu.model.Meeting;
import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceRound;
import org.huiwu.model.rounds.ServiceZone;
import org.huiwu.model.seating.PlannedSeat;

/**
 * What {@link RoundCommands} may see and change of the round board: the facts it decides on and the
 * board's reactions once a write is stored. {@link BoardReactions} is the one implementation; the
 * board's fields stay {@link RoundBoardViewModel}'s own. FX thread only.
 */
interface RoundBoardAccess {

    /** The open meeting, or null. */
    Meeting meeting();

    /** The zone chosen on the board, or null. */
    ServiceZone chosenZone();

    /** The board as of the last tick, or null before it has loaded. */
    SeatBoard board();

    /** The open round, or null. */
    ServiceRound openRound();

    /** The next seat of the open round's route, or null. */
    String nextSeat();

    /** How many seats of the open round's route are neither served nor skipped yet. */
    int unservedOnRoute();

    /** The meeting's seats as the service plan sees them. */
    List<PlannedSeat> plannedSeats();

    /** Reads the board again (after a change of the meeting's phase or its plan). */
    void reload();

    /** A round was started and stored. */
    void roundStarted(ServiceRound round);

    /** The open round was closed and stored; {@code missed} seats were recorded as missed. */
    void roundClosed(ServiceRound round, int missed);

    /** A record of {@code meetingId} was stored: the board applies it without reading again. */
    void recorded(UUID meetingId, ServiceEvent event);

    /** A phase change of {@code meetingId} (start, break, speaker…) was stored. */
    void phaseStored(UUID meetingId);

    /** A tap: shown as served at once, stored in the background and retried until it is. */
    void tapped(SeatVisit visit);

    /** Says something on the status line. */
    void say(String status);

    /** Takes the latest pour stored from this board off its undo list; null when there is none. */
    String takeLastPour();

    /** Puts a pour back on the undo list (its undo failed). */
    void pourKept(String seatKey);

    /** The undo of the pour at a seat, whose occupant is {@code name}, was stored for {@code meetingId}. */
    void pourUndone(UUID meetingId, String name);

    /** The occupant's name at a seat, or the seat's key when it is empty. */
    String nameOrSeat(String seatKey);
}
