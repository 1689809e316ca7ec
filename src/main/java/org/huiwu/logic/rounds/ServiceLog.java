package org.huiwu.logic.rounds;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.huiwu.model.rounds.MeetingPhase;
import org.huiwu.model.rounds.MeetingPhaseEvent;
import org.huiwu.model.rounds.MeetingState;
import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.model.rounds.ServiceRound;
import org.huiwu.model.rounds.SkipReason;
import org.huiwu.persistence.SeatEventWriter;
import org.huiwu.persistence.ServiceEventDao;

/**
 * The write side of the tea service: the meeting's start, breaks and end, speakers, rounds, and every
 * action at a seat, each stored as one event with a new UUID at the clock's instant. Every method is
 * one transaction and is on disk when it returns, so a seat shown as served stays served after a
 * crash. Seat events ({@link SeatEvents}) go through a {@link SeatEventWriter} (the store's held tap connection in
 * the app, the DAO's own transaction otherwise). Synchronous and thread-safe; call it off the FX thread.
 */
public final class ServiceLog {

    /** How far back a late entry may lie. */
    public static final int MAX_LATE_MINUTES = 180;

    private final ServiceEventDao events;
    private final SeatEventWriter seats;
    private final RoundBoard board;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private final TapOutbox outbox;
    private final SeatEvents seatEvents;

    /** A log writing seat events through the DAO's own transaction. */
    public ServiceLog(ServiceEventDao events, RoundBoard board, Clock clock, Supplier<UUID> ids) {
        this(events, events::addAtSeat, board, clock, ids, null);
    }

    /** A log writing seat events (taps) through {@code seats}, everything else through {@code events}. */
    public ServiceLog(ServiceEventDao events, SeatEventWriter seats, RoundBoard board, Clock clock, Supplier<UUID> ids) {
        this(events, seats, board, clock, ids, null);
    }

    private ServiceLog(ServiceEventDao events, SeatEventWriter seats, RoundBoard board, Clock clock,
            Supplier<UUID> ids, TapOutbox outbox) {
        this.events = events;
        this.seats = seats;
        this.board = board;
        this.clock = clock;
        this.ids = ids;
        this.outbox = outbox;
        this.seatEvents = new SeatEvents(seats, clock, ids);
    }

    /** The same log writing at another clock's instants, to replay entries at their real times. */
    public ServiceLog at(Clock otherClock) {
        return new ServiceLog(events, seats, board, otherClock, ids, outbox);
    }

    /**
     * The same log on a venue server: a tap made while the server cannot be reached waits in the outbox and is
     * sent later ({@link TapOutbox#send()}), in order and once (decision 0031); so do its other seat records
     * (decision 0049, {@link TapOutbox#queueing}).
     */
    public ServiceLog queueingTo(TapOutbox queue) {
        return new ServiceLog(events, queue.queueing(seats), board, clock, ids, queue);
    }

    /** The outbox of taps not yet on the server, or null when this log writes straight to its store. */
    public TapOutbox outbox() {
        return outbox;
    }

    /** @throws ServiceRejectedException when the meeting was started before */
    public void startMeeting(UUID meetingId) {
        phase(meetingId, MeetingPhase.START, null, null);
    }

    /** A break: every timer stops. @throws ServiceRejectedException unless the meeting is running */
    public void pause(UUID meetingId) {
        phase(meetingId, MeetingPhase.PAUSE, null, null);
    }

    /** @throws ServiceRejectedException unless the meeting is on a break */
    public void resume(UUID meetingId) {
        phase(meetingId, MeetingPhase.RESUME, null, null);
    }

    /** @throws ServiceRejectedException unless the meeting is running or on a break */
    public void endMeeting(UUID meetingId) {
        phase(meetingId, MeetingPhase.END, null, null);
    }

    /**
     * The seat's occupant ({@code attendeeId}, null for a seat without one) starts speaking: do not
     * disturb, their timer pauses. The mark belongs to the person and follows them to another seat.
     */
    public void speakerStarted(UUID meetingId, String seatKey, UUID attendeeId) {
        phase(meetingId, MeetingPhase.SPEAKER_STARTED, seatKey, attendeeId);
    }

    public void speakerEnded(UUID meetingId, String seatKey, UUID attendeeId) {
        phase(meetingId, MeetingPhase.SPEAKER_ENDED, seatKey, attendeeId);
    }

    private void phase(UUID meetingId, MeetingPhase phase, String seatKey, UUID attendeeId) {
        Instant now = clock.instant();
        MeetingState state = ActiveTime.of(events.phases(meetingId)).stateAt(now);
        if (!PhaseRule.allowed(phase).contains(state)) {
            throw new ServiceRejectedException(PhaseRule.refusal(phase, state));
        }
        events.add(new MeetingPhaseEvent(ids.get(), meetingId, phase, seatKey, attendeeId, now), now);
    }

    /**
     * Opens the next round of the meeting for a zone and returns it.
     *
     * @throws ServiceRejectedException when the zone has no seat to serve, so that no empty round is stored
     */
    public ServiceRound startRound(UUID meetingId, UUID zoneId, String attendant) {
        Instant now = clock.instant();
        BoardSnapshot snapshot = board.load(meetingId);
        if (new RouteOrder().route(snapshot.at(now), snapshot.plan(), zoneId).isEmpty()) {
            throw new ServiceRejectedException(ServiceProblem.ROUND_WITHOUT_SEATS);
        }
        int number = events.openRound(meetingId, zoneId, attendant, now);
        return new ServiceRound(meetingId, number, zoneId, attendant, now, null);
    }

    /** The one tap: a first pour if the seat never had one, else a refill. */
    public ServiceEvent markServed(SeatVisit visit) {
        if (outbox != null) {
            return outbox.tap(visit, clock.instant(), ids.get());
        }
        return seatEvents.pour(visit, clock.instant());
    }

    /**
     * A pour done {@code minutesAgo} minutes ago, entered now: stored at its real time and flagged late.
     *
     * @throws ServiceRejectedException when {@code minutesAgo} is not 1..{@value #MAX_LATE_MINUTES}
     */
    public ServiceEvent markServedEarlier(SeatVisit visit, int minutesAgo) {
        if (minutesAgo < 1 || minutesAgo > MAX_LATE_MINUTES) {
            throw new ServiceRejectedException(ServiceProblem.LATE_ENTRY_OUT_OF_RANGE, minutesAgo, MAX_LATE_MINUTES);
        }
        return seatEvents.pour(visit, clock.instant().minusSeconds(60L * minutesAgo));
    }

    /**
     * Takes back the seat's latest pour, recorded by mistake (a stray tap): a correction appended to the
     * log, which keeps the pour.
     *
     * @throws ServiceRejectedException when the seat has no pour left to take back
     */
    public ServiceEvent undoPour(SeatVisit visit) {
        return seatEvents.undoPour(visit);
    }

    /** The person declined (婉拒): the seat's timer stops until {@link #undoDecline}. */
    public ServiceEvent decline(SeatVisit visit) {
        return seatEvents.add(visit, ServiceEventKind.DECLINED, null, "");
    }

    public ServiceEvent undoDecline(SeatVisit visit) {
        return seatEvents.add(visit, ServiceEventKind.DECLINE_UNDONE, null, "");
    }

    /** The seat was passed by in its round, with a reason. */
    public ServiceEvent skip(SeatVisit visit, SkipReason reason) {
        return seatEvents.add(visit, ServiceEventKind.SKIPPED, reason == null ? SkipReason.OTHER : reason, "");
    }

    public ServiceEvent towel(SeatVisit visit) {
        return seatEvents.add(visit, ServiceEventKind.TOWEL, null, "");
    }

    public ServiceEvent spillCleaned(SeatVisit visit) {
        return seatEvents.add(visit, ServiceEventKind.SPILL_CLEANED, null, "");
    }

    /** Any other remark about the seat. */
    public ServiceEvent note(SeatVisit visit, String text) {
        return seatEvents.add(visit, ServiceEventKind.OTHER, null, text);
    }

    /**
     * Closes an open round: every seat of its zone that was due and got no pour during the round is
     * stored as MISSED with its reason, together with the closing, in one transaction.
     *
     * @return the missed events
     * @throws ServiceRejectedException when the round is not open
     */
    public List<ServiceEvent> closeRound(ServiceRound round) {
        Instant now = clock.instant();
        BoardSnapshot snapshot = board.load(round.meetingId());
        List<ServiceEvent> missed = new MissedSeats().of(snapshot, round, now).stream()
                .map(m -> new ServiceEvent(ids.get(), round.meetingId(), m.seatKey(), m.attendeeId(),
                        round.attendant(), ServiceEventKind.MISSED, m.reason(), "", round.number(), now, now))
                .toList();
        if (!events.closeRound(round.meetingId(), round.number(), now, missed)) {
            throw new ServiceRejectedException(ServiceProblem.ROUND_NOT_OPEN, round.number());
        }
        return missed;
    }
}
