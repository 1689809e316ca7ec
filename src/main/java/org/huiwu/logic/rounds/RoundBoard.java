package org.huiwu.logic.rounds;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.logic.seating.SeatPlans;
import org.huiwu.model.rounds.ServiceHistory;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.persistence.ServiceEventDao;

/**
 * The round board of a meeting: loads its seats, who sits there, the attendees, the service plan and
 * the history into a {@link BoardSnapshot} (reload after each write), and gives the board at the
 * clock's instant (each second). Loading reads the database, so call {@link #load} off the FX thread;
 * {@link #now} is pure and cheap. Thread-safe.
 */
public final class RoundBoard {

    private final SeatPlans seatPlans;
    private final AttendeeRoster roster;
    private final ServicePlans plans;
    private final ServiceEventDao events;
    private final Clock clock;
    private final java.util.function.Predicate<UUID> madeHere;

    public RoundBoard(SeatPlans seatPlans, AttendeeRoster roster, ServicePlans plans, ServiceEventDao events,
            Clock clock) {
        this(seatPlans, roster, plans, events, clock, meetingId -> false);
    }

    /**
     * @param madeHere whether a meeting was made on this laptop and waits to be sent (decision 0040): the server
     *     holds nothing of it, so its tea history is empty without asking (which fails during an outage)
     */
    public RoundBoard(SeatPlans seatPlans, AttendeeRoster roster, ServicePlans plans, ServiceEventDao events,
            Clock clock, java.util.function.Predicate<UUID> madeHere) {
        this.madeHere = madeHere;
        this.seatPlans = seatPlans;
        this.roster = roster;
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Everything stored about the meeting's tea service, with the attendant's corrections applied: a pour
     * taken back does not count ({@link PourCorrections}).
     */
    public ServiceHistory history(UUID meetingId) {
        if (madeHere.test(meetingId)) {
            return new ServiceHistory(org.huiwu.model.rounds.ServicePlan.defaults(meetingId), List.of(), List.of(),
                    List.of(), org.huiwu.model.rounds.Consumables.NONE);
        }
        return new ServiceHistory(plans.planOf(meetingId), PourCorrections.effective(events.events(meetingId)),
                events.phases(meetingId),
                events.rounds(meetingId), plans.consumables(meetingId));
    }

    /** The meeting's seats and history, indexed; a meeting without a seat plan has no seats. */
    public BoardSnapshot load(UUID meetingId) {
        return load(meetingId, history(meetingId));
    }

    /**
     * The meeting's seats read again, with the history of {@code loaded} (the board as it stands, with this laptop's
     * taps) when the tea records cannot be read because the venue server is unreachable: the seat plan's reads answer
     * during an outage with the layout changes queued here (decision 0041), and the tea log's with the taps queued
     * here when this laptop read it before (decision 0046); one never read fails as
     * {@link ServiceProblem#TEA_LOG_NEEDS_SERVER}.
     */
    public BoardSnapshot load(UUID meetingId, BoardSnapshot loaded) {
        ServiceHistory history;
        try {
            history = history(meetingId);
        } catch (RuntimeException e) {
            if (!org.huiwu.persistence.OfflineDaos.unreachable(e)) {
                throw e;
            }
            if (loaded == null) { // never read on this laptop: nothing remembered to show (decision 0046)
                throw new ServiceRejectedException(ServiceProblem.TEA_LOG_NEEDS_SERVER);
            }
            history = loaded.history();
        }
        return load(meetingId, history);
    }

    private BoardSnapshot load(UUID meetingId, ServiceHistory history) {
        List<PlannedSeat> seats = List.of();
        SeatAssignments assignments = SeatAssignments.none();
        java.util.Optional<SeatPlan> plan = seatPlans.find(meetingId);
        if (plan.isPresent()) {
            seats = seatPlans.seats(plan.get());
            assignments = seatPlans.assignments(plan.get().id());
        }
        return BoardSnapshot.of(seats, assignments, roster.list(meetingId), history);
    }

    /**
     * The seat events among {@code ids} (a change feed names them, decision 0031), in log order; ids of other
     * records (phase changes, rounds) are not among the result.
     */
    public List<org.huiwu.model.rounds.ServiceEvent> seatEvents(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : events.eventsById(ids);
    }

    /** The board at the clock's instant. */
    public SeatBoard now(BoardSnapshot snapshot) {
        return snapshot.at(clock.instant());
    }
}
