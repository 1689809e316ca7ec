package org.huiwu.ui.rounds;

import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.huiwu.i18n.I18n;
import org.huiwu.model.Meeting;
import org.huiwu.model.rounds.SeatService;
import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceRound;
import org.huiwu.model.rounds.ServiceZone;
import org.huiwu.model.rounds.SkipReason;
import org.huiwu.logic.rounds.ServiceLog;
import org.huiwu.ui.common.TaskRunner;

/**
 * What the attendant does on the round board: run the meeting (start, break, resume, end), start and
 * close rounds for the chosen zone, and record each seat: served (one tap), served some minutes ago,
 * declined and undone, skipped with a reason, towel, spill cleaned, speaking. Every record is written
 * in the background through {@link RoundBoardAccess}, the board's narrow face; a tap shows at once and
 * the board retries it until stored. FX thread only.
 */
public final class RoundCommands {

    private final RoundBoardAccess board;
    private final RoundServices services;
    private final TaskRunner runner;
    private final I18n i18n;

    public RoundCommands(RoundBoardViewModel board) {
        this(board.access(), board.services(), board.runner(), board.i18n());
    }

    RoundCommands(RoundBoardAccess board, RoundServices services, TaskRunner runner, I18n i18n) {
        this.board = board;
        this.services = services;
        this.runner = runner;
        this.i18n = i18n;
    }

    private ServiceLog log() {
        return services.serviceLog();
    }

    public void startMeeting() { phase(id -> () -> { log().startMeeting(id); return id; }); }
    public void pause() { phase(id -> () -> { log().pause(id); return id; }); }
    public void resume() { phase(id -> () -> { log().resume(id); return id; }); }

    /** Ends the meeting (every timer stops for good) once the attendant confirms it. */
    public void endMeeting() {
        if (confirmed("rounds.confirm.endMeeting.title", i18n.get("rounds.confirm.endMeeting"))) {
            phase(id -> () -> { log().endMeeting(id); return id; });
        }
    }

    /** Checks and stores an edited service plan, then reloads the board; a refused plan is explained. */
    public void savePlan(org.huiwu.model.rounds.ServicePlan plan) {
        var seats = board.plannedSeats();
        runner.run(() -> {
            services.servicePlans().save(plan, seats);
            return plan;
        }, saved -> {
            board.say(i18n.get("rounds.plan.saved"));
            board.reload();
        }, this::failed);
    }

    /** Starts a round for the chosen zone; its route begins at the zone's most senior seat. */
    public void startRound() {
        Meeting meeting = board.meeting();
        ServiceZone zone = board.chosenZone();
        if (meeting == null || zone == null) {
            return;
        }
        runner.run(() -> log().startRound(meeting.id(), zone.id(), zone.attendant()), board::roundStarted,
                this::failed);
    }

    /**
     * Closes the round once the attendant confirms it, saying how many seats of the route are still
     * unserved; seats that were due and not served are recorded as missed.
     */
    public void closeRound() {
        ServiceRound closing = board.openRound();
        if (closing == null || !confirmed("rounds.confirm.closeRound.title",
                i18n.format("rounds.confirm.closeRound", closing.number(), board.unservedOnRoute()))) {
            return;
        }
        runner.run(() -> log().closeRound(closing), missed -> board.roundClosed(closing, missed.size()), this::failed);
    }

    /** One tap: the seat shows as served at once; the board stores the pour in the background and retries on failure. */
    public void serve(String seatKey) {
        SeatVisit visit = visit(seatKey);
        if (visit != null) {
            board.tapped(visit);
        }
    }

    /** Serves the next seat of the open round's route (Enter on the board). */
    public void serveNext() {
        if (board.nextSeat() != null) {
            serve(board.nextSeat());
        }
    }

    /**
     * Takes back the latest pour recorded from this board (a stray tap), as a correction appended to the
     * log; the seat shows as it was before the pour, and the undo moves to the pour before it.
     */
    public void undoLastPour() {
        String seatKey = board.takeLastPour();
        SeatVisit visit = seatKey == null ? null : visit(seatKey);
        if (visit == null) {
            return;
        }
        String name = board.nameOrSeat(seatKey);
        runner.run(() -> log().undoPour(visit), event -> board.pourUndone(visit.meetingId(), name), failure -> {
            board.pourKept(seatKey);
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
            runner.run(write.apply(visit), event -> board.recorded(visit.meetingId(), event), this::failed);
        }
    }

    private void phase(Function<UUID, Callable<UUID>> write) {
        Meeting meeting = board.meeting();
        if (meeting != null) {
            runner.run(write.apply(meeting.id()), board::phaseStored, this::failed);
        }
    }

    private SeatVisit visit(String seatKey) {
        Meeting meeting = board.meeting();
        if (meeting == null || board.board() == null) {
            return null;
        }
        SeatService seat = board.board().seat(seatKey).orElse(null);
        ServiceZone zone = board.chosenZone();
        String attendant = zone == null ? "" : zone.attendant();
        return new SeatVisit(meeting.id(), seatKey, seat == null ? null : seat.attendeeId(), attendant);
    }

    private boolean confirmed(String titleKey, String question) {
        return services.dialogs().confirm(i18n.get(titleKey), question);
    }

    private void failed(Throwable failure) {
        String text = failure instanceof org.huiwu.logic.rounds.ServiceRejectedException rejected
                ? i18n.format(rejected.problem().messageKey(), rejected.arguments().toArray())
                : services.failures().describe(failure);
        services.dialogs().showError(i18n.get("error.title"), text);
    }
}
