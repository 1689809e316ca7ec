package org.huiwu.ui.rounds;

import java.util.List;
import java.util.UUID;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.rounds.SeatBoard;
import org.huiwu.model.Meeting;
import org.huiwu.model.rounds.SeatServiceState;
import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceRound;
import org.huiwu.model.rounds.ServiceZone;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.ui.common.AppState;

/**
 * The round board as {@link RoundCommands} sees it: the facts a command decides on, read from the
 * {@link RoundBoardViewModel}, and the board's reactions once a write is stored (the status line, the
 * other screens told, the board read again or the record applied in place). The status line always says the
 * latest action: a tap says whose cup was filled, and a later action clears an "undone" line. FX thread only.
 */
final class BoardReactions implements RoundBoardAccess {

    private final RoundBoardViewModel board;
    private final AppState state;
    private final I18n i18n;
    private final PourUndo pours;
    /** The status line this board last set for an undone pour; cleared by the board's next recorded action. */
    private String undoneStatus;

    BoardReactions(RoundBoardViewModel board, AppState state, I18n i18n, PourUndo pours) {
        this.board = board;
        this.state = state;
        this.i18n = i18n;
        this.pours = pours;
    }

    @Override public Meeting meeting() { return board.meeting(); }
    @Override public ServiceZone chosenZone() { return board.zoneProperty().get(); }
    @Override public SeatBoard board() { return board.board(); }
    @Override public ServiceRound openRound() { return board.openRound(); }
    @Override public String nextSeat() { return board.nextSeat(); }
    @Override public int unservedOnRoute() { return board.unservedOnRoute(); }
    @Override public List<PlannedSeat> plannedSeats() { return board.plannedSeats(); }
    @Override public String nameOrSeat(String seatKey) { return board.nameOrSeat(seatKey); }
    @Override public void reload() { board.load(); }
    /**
     * A tap: the status line says the latest action, not an older one such as an undone pour, and names it as the
     * board shows the seat: the first tea (上茶) at a seat that had none yet, else a refill (续水).
     */
    @Override
    public void tapped(SeatVisit visit) {
        boolean first = board.board() != null && board.board().seat(visit.seatKey())
                .map(seat -> seat.state() == SeatServiceState.NOT_SERVED).orElse(false);
        state.statusProperty().set(i18n.format(first ? "rounds.board.firstPoured" : "rounds.board.poured",
                board.nameOrSeat(visit.seatKey())));
        board.tapped(visit);
    }

    @Override public void say(String status) { state.statusProperty().set(status); }
    @Override public String takeLastPour() { return pours.takeLast(); }
    @Override public void pourKept(String seatKey) { pours.poured(seatKey); }

    @Override
    public void roundStarted(ServiceRound started) {
        board.roundChanged(started);
        board.load();
    }

    @Override
    public void roundClosed(ServiceRound closed, int missed) {
        state.openMeeting().serviceStored(closed.meetingId());
        board.roundChanged(null);
        state.statusProperty().set(i18n.format("rounds.board.closed", closed.number(), missed));
        board.load();
    }

    @Override
    public void recorded(UUID meetingId, ServiceEvent event) {
        if (undoneStatus != null && undoneStatus.equals(state.statusProperty().get())) {
            state.statusProperty().set("");
        }
        board.stored(event);
        state.openMeeting().serviceStored(meetingId);
    }

    @Override
    public void phaseStored(UUID meetingId) {
        board.load();
        state.openMeeting().serviceStored(meetingId);
    }

    @Override
    public void pourUndone(UUID meetingId, String name) {
        undoneStatus = i18n.format("rounds.board.pourUndone", name);
        state.statusProperty().set(undoneStatus);
        state.openMeeting().serviceStored(meetingId);
        board.load();
    }
}
