package org.huiwu.ui.rounds;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.huiwu.model.Meeting;
import org.huiwu.model.rounds.SeatService;
import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceZone;
import org.huiwu.model.rounds.SkipReason;
import org.huiwu.logic.rounds.ServiceLog;

/**
 * What the attendant does on the round board: run the meeting (start, break, resume, end), start and
 * close rounds for the chosen zone, and record each seat: served (one tap), served some minutes ago,
 * declined and undone, skipped with a reason, towel, spill cleaned, speaking. Every record is written
 * in the background; a tap shows at once and is retried until stored. FX thread only.
 */
public final class RoundCommands {

    private final RoundBoardViewModel board;

    public RoundCommands(RoundBoardViewModel board) {
        this.board = board;
    }

    private ServiceLog log() {
        return board.services.serviceLog();
    }

    public void startMeeting() { phase(id -> () -> { log().startMeeting(id); return id; }); }
    public void pause() { phase(id -> () -> { log().pause(id); return id; }); }
    public void resume() { phase(id -> () -> { log().resume(id); return id; }); }

    /** Ends the meeting (every timer stops for good) once the attendant confirms it. */
    public void endMeeting() {
        if (confirmed("rounds.confirm.endMeeting.title", board.i18n.get("rounds.confirm.endMeeting"))) {
            phase(id -> () -> { log().endMeeting(id); return id; });
        }
    }

    /** Checks and stores an edited service plan, then reloads the board; a refused plan is explained. */
    public void savePlan(org.huiwu.model.rounds.ServicePlan plan) {
        var seats = board.snapshot.seats();
        board.runner.run(() -> {
            board.services.servicePlans().save(plan, seats);
            return plan;
        }, saved -> {
            board.state.statusProperty().set(board.i18n.get("rounds.plan.saved"));
            board.load();
        }, this::failed);
    }

    /** Starts a round for the chosen zone; its route begins at the zone's most senior seat. */
    public void startRound() {
        Meeting meeting = board.state.currentMeeting();
        ServiceZone zone = board.zoneProperty().get();
        if (meeting == null || zone == null) {
            return;
        }
        board.runner.run(() -> log().startRound(meeting.id(), zone.id(), zone.attendant()), started -> {
            board.round = started;
            board.load();
        }, this::failed);
    }

    /**
     * Closes the round once the attendant confirms it, saying how many seats of the route are still
     * unserved; seats that were due and not served are recorded as missed.
     */
    public void closeRound() {
        if (board.round == null || !confirmed("rounds.confirm.closeRound.title",
                board.i18n.format("rounds.confirm.closeRound", board.round.number(), board.unservedOnRoute()))) {
            return;
        }
        var closing = board.round;
        board.runner.run(() -> log().closeRound(closing), missed -> {
            board.state.openMeeting().serviceStored(closing.meetingId());
            board.round = null;
            board.state.statusProperty().set(board.i18n.format("rounds.board.closed", closing.number(), missed.size()));
            board.load();
        }, this::failed);
    }

    /** One tap: the seat shows as served at once; the pour is stored in the background and retried on failure. */
    public void serve(String seatKey) {
        SeatVisit visit = visit(seatKey);
        if (visit == null) {
            return;
        }
        board.tappedNotYetStored.put(seatKey, visit);
        board.tick();
        store(visit);
    }

    /** Serves the next seat of the open round's route (Enter on the board). */
    public void serveNext() {
        if (board.nextSeat() != null) {
            serve(board.nextSeat());
        }
    }

    /** Retries every tap whose write failed; the view calls it with the board's tick. */
    public void retryPending() {
        List.copyOf(board.tappedNotYetStored.values()).forEach(this::store);
    }

    private void store(SeatVisit visit) {
        board.runner.run(() -> log().markServed(visit), event -> {
            board.problemProperty().set("");
            board.stored(event);
            board.state.openMeeting().serviceStored(visit.meetingId());
        }, failure -> board.problemProperty().set(board.i18n.format("rounds.board.notStored",
                board.tappedNotYetStored.size(), board.describe().apply(failure))));
    }

    /**
     * Takes back the latest pour recorded from this board (a stray tap), as a correction appended to the
     * log; the seat shows as it was before the pour, and the undo moves to the pour before it.
     */
    public void undoLastPour() {
        String seatKey = board.pouredHere.pollLast();
        SeatVisit visit = seatKey == null ? null : visit(seatKey);
        if (visit == null) {
            board.showUndo();
            return;
        }
        String name = board.nameOrSeat(seatKey);
        board.showUndo();
        board.runner.run(() -> log().undoPour(visit), event -> {
            board.state.statusProperty().set(board.i18n.format("rounds.board.pourUndone", name));
            board.state.openMeeting().serviceStored(visit.meetingId());
            board.load();
        }, failure -> {
            board.pouredHere.addLast(seatKey);
            board.showUndo();
            failed(failure);
        });
    }

    public void servedMinutesAgo(String seatKey, int minutes) { record(seatKey, v -> () -> log().markServedEarlier(v, minutes)); }
    public void decline(String seatKey) { record(seatKey, v -> () -> log().decline(v)); }
    public void undoDecline(String seatKey) { record(seatKey, v -> () -> log().undoDecline(v)); }
    public void skip(String seatKey, SkipReason reason) { record(seatKey, v -> () -> log().skip(v, reason)); }
    public void towel(String seatKey) { record(seatKey, v -> () -> log().towel(v)); }
    public void spillCleaned(String seatKey) { record(seatKey, v -> () -> log().spillCleaned(v)); }

    /**
     * Marks the seat's occupant as speaking (timer paused, do not disturb) or done speaking; the mark is
     * stored with the person, so it follows them when they change seats.
     */
    public void speaking(String seatKey, boolean speaking) {
        SeatVisit visit = visit(seatKey);
        UUID person = visit == null ? null : visit.attendeeId();
        phase(id -> () -> {
            if (speaking) {
                log().speakerStarted(id, seatKey, person);
            } else {
                log().speakerEnded(id, seatKey, person);
            }
            return id;
        });
    }

    private void record(String seatKey, Function<SeatVisit, Callable<ServiceEvent>> write) {
        SeatVisit visit = visit(seatKey);
        if (visit != null) {
            board.runner.run(write.apply(visit), event -> {
                board.stored(event);
                board.state.openMeeting().serviceStored(visit.meetingId());
            }, this::failed);
        }
    }

    private void phase(Function<UUID, Callable<UUID>> write) {
        Meeting meeting = board.state.currentMeeting();
        if (meeting != null) {
            board.runner.run(write.apply(meeting.id()), done -> {
                board.load();
                board.state.openMeeting().serviceStored(done);
            }, this::failed);
        }
    }

    private SeatVisit visit(String seatKey) {
        Meeting meeting = board.state.currentMeeting();
        if (meeting == null || board.board() == null) {
            return null;
        }
        SeatService seat = board.board().seat(seatKey).orElse(null);
        ServiceZone zone = board.zoneProperty().get();
        String attendant = zone == null ? "" : zone.attendant();
        return new SeatVisit(meeting.id(), seatKey, seat == null ? null : seat.attendeeId(), attendant);
    }

    private boolean confirmed(String titleKey, String question) {
        return board.services.dialogs().confirm(board.i18n.get(titleKey), question);
    }

    private void failed(Throwable failure) {
        String text = failure instanceof org.huiwu.logic.rounds.ServiceRejectedException rejected
                ? board.i18n.format(rejected.problem().messageKey(), rejected.arguments().toArray())
                : board.describe().apply(failure);
        board.services.dialogs().showError(board.i18n.get("error.title"), text);
    }

    Map<String, SeatVisit> pending() {
        return board.tappedNotYetStored;
    }
}
