package org.huiwu.logic.seating;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.persistence.PlanCreatedElsewhereException;
import org.huiwu.persistence.SeatChangedElsewhereException;
import org.huiwu.persistence.SeatPlanDao;

/**
 * Loads and saves the seat plan of a meeting with its assignments and its last-printed snapshot.
 * A plan is checked by laying it out before it is saved; seats that no longer exist after a change of
 * the blocks lose their occupants (who become unseated). Each call is one transaction. Synchronous and
 * thread-safe; call it off the FX thread.
 */
public final class SeatPlans {

    private final SeatPlanDao plans;
    private final SeatLayout layout;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public SeatPlans(SeatPlanDao plans, SeatLayout layout, Clock clock, Supplier<UUID> ids) {
        this.plans = plans;
        this.layout = layout;
        this.clock = clock;
        this.ids = ids;
    }

    /** The meeting's saved plan, if it has one. */
    public java.util.Optional<SeatPlan> find(UUID meetingId) {
        return plans.findByMeeting(meetingId);
    }

    /** The meeting's plan, or a new empty one (not saved yet) with the default rules. */
    public SeatPlan planOf(UUID meetingId) {
        return plans.findByMeeting(meetingId).orElseGet(() -> SeatPlan.empty(ids.get(), meetingId));
    }

    /**
     * The meeting's plan, or a new empty one (not saved yet) with the default rules; a foreign-affairs
     * meeting's new plan follows 以右为尊 (annex R; decisions 0006 and 0027).
     */
    public SeatPlan planOf(UUID meetingId, boolean foreignAffairs) {
        return plans.findByMeeting(meetingId).orElseGet(() -> {
            SeatPlan plan = SeatPlan.empty(ids.get(), meetingId);
            return foreignAffairs ? plan.withRules(Convention.FOREIGN_AFFAIRS, plan.variants(), plan.rowNumbering(),
                    plan.audienceFill()) : plan;
        });
    }

    /**
     * Checks and saves the plan, then drops assignments to seats the plan no longer has. Returns the
     * laid-out seats.
     *
     * @throws SeatPlanRejectedException when a block cannot be laid out; nothing is saved then
     */
    public List<PlannedSeat> save(SeatPlan plan) {
        List<PlannedSeat> seats = layout.seats(plan);
        plans.save(plan, clock.instant());
        SeatAssignments current = plans.assignments(plan.id());
        SeatAssignments kept = keepExisting(seats, current);
        if (!kept.equals(current)) {
            plans.saveAssignments(plan.id(), kept);
        }
        return seats;
    }

    /**
     * Checks and saves the plan's layout over {@code expectedVersion}, the version the editor read (decision 0039),
     * dropping the occupants of seats it no longer has from the assignments as stored now.
     *
     * @throws SeatPlanRejectedException when a block cannot be laid out; nothing is saved then
     */
    public LayoutSave saveLayout(SeatPlan plan, int expectedVersion) {
        return saveLayout(plan, expectedVersion, null);
    }

    /**
     * Checks and saves the plan's layout over {@code expectedVersion}, the version the editor read (decision 0039;
     * -1 for a plan not stored yet), and in the same transaction drops the occupants of seats it no longer has as a
     * checked write over {@code seen}, the assignments as the editor saw them (null: as read now; decision 0041).
     * Refused, with nothing written, when another laptop saved this plan's layout since, created the meeting's
     * plan first, or changed a seat whose occupant this change drops.
     *
     * @throws SeatPlanRejectedException when a block cannot be laid out; nothing is saved then
     */
    public LayoutSave saveLayout(SeatPlan plan, int expectedVersion, SeatAssignments seen) {
        List<PlannedSeat> seats = layout.seats(plan);
        SeatAssignments before = seen != null ? seen
                : expectedVersion < 0 ? SeatAssignments.none() : plans.assignments(plan.id());
        try {
            int version = plans.saveLayoutFrom(plan, expectedVersion, clock.instant(), before,
                    keepExisting(seats, before));
            return new LayoutSave(true, version, seats);
        } catch (org.huiwu.persistence.ConcurrentChangeException elsewhere) {
            return new LayoutSave(false, layoutVersion(plan.id()), List.of());
        } catch (PlanCreatedElsewhereException created) {
            return new LayoutSave(false, layoutVersionOfMeeting(plan.meetingId()).orElse(0), List.of(),
                    LayoutSave.Refusal.PLAN_CREATED, null);
        } catch (SeatChangedElsewhereException seat) {
            return new LayoutSave(false, layoutVersion(plan.id()), List.of(), LayoutSave.Refusal.SEAT_CHANGED,
                    seat.seatKey());
        }
    }

    /** The stored version of the layout of the meeting's plan; empty when the meeting has no plan stored. */
    public java.util.Optional<Integer> layoutVersionOfMeeting(UUID meetingId) {
        return plans.findRowByMeeting(meetingId).flatMap(plan -> plans.layoutVersion(plan.id()));
    }

    /** The stored version of the plan's layout; 0 for a plan not stored yet. */
    public int layoutVersion(UUID planId) {
        return plans.layoutVersion(planId).orElse(0);
    }

    public List<PlannedSeat> seats(SeatPlan plan) {
        return layout.seats(plan);
    }

    public SeatAssignments assignments(UUID planId) {
        return plans.assignments(planId);
    }

    /** The assignments of the meeting's stored plan; empty when the meeting has no plan stored yet. */
    public java.util.Optional<SeatAssignments> assignmentsOfMeeting(UUID meetingId) {
        return plans.findRowByMeeting(meetingId).map(plan -> plans.assignments(plan.id()));
    }

    public void saveAssignments(UUID planId, SeatAssignments assignments) {
        plans.saveAssignments(planId, assignments);
    }

    /**
     * Saves {@code next}, made from {@code base} as the editor read it, writing only the seats it changes and each
     * only while it is still as read (decision 0031); a move, a lock, an auto-assign or a reflow is refused whole
     * when one of its seats, or one of the people it seats, was changed on another laptop meanwhile.
     */
    public SeatSave saveAssignmentsOver(UUID planId, SeatAssignments base, SeatAssignments next) {
        try {
            plans.saveAssignmentsOver(planId, base, next);
            return new SeatSave(true, plans.assignments(planId), null);
        } catch (SeatChangedElsewhereException elsewhere) {
            return new SeatSave(false, plans.assignments(planId), elsewhere.seatKey());
        }
    }

    /** Who sat where when name cards were last printed. */
    public Map<String, UUID> printed(UUID planId) {
        return plans.printed(planId);
    }

    /** Remembers the current assignments as printed. */
    public void markPrinted(UUID planId, SeatAssignments assignments) {
        plans.savePrinted(planId, assignments.occupantBySeat());
    }

    /** Seats whose occupant differs from the last print (including seats emptied since). */
    public static Set<String> changedSincePrint(Map<String, UUID> printed, SeatAssignments current) {
        Set<String> changed = new HashSet<>();
        current.occupantBySeat().forEach((seat, attendee) -> {
            if (!attendee.equals(printed.get(seat))) {
                changed.add(seat);
            }
        });
        printed.forEach((seat, attendee) -> {
            if (current.occupantOf(seat).isEmpty()) {
                changed.add(seat);
            }
        });
        return changed;
    }

    private static SeatAssignments keepExisting(List<PlannedSeat> seats, SeatAssignments current) {
        Set<String> keys = new HashSet<>();
        seats.forEach(seat -> keys.add(seat.key()));
        Map<String, UUID> kept = new LinkedHashMap<>();
        current.occupantBySeat().forEach((seat, attendee) -> {
            if (keys.contains(seat)) {
                kept.put(seat, attendee);
            }
        });
        Set<String> locks = new HashSet<>(current.lockedSeats());
        locks.retainAll(keys);
        return SeatAssignments.of(kept, locks);
    }
}
