package org.huiwu.logic.seating;

import java.util.List;

import org.huiwu.model.seating.PlannedSeat;

/**
 * What came of a version-checked save of a plan's layout (decision 0039): written, or refused because another
 * laptop saved the same plan's layout since the editor read it, created the meeting's plan first, or changed a seat
 * whose occupant the change drops (decision 0041). When refused nothing was written and the screen reads the stored
 * plan again. Immutable.
 *
 * @param saved whether the layout was written
 * @param version the layout's version as stored after the save (when saved, the one the next edit starts from)
 * @param seats the laid-out seats of the saved layout; empty when refused
 * @param refusal why it was refused; null when saved
 * @param seatKey the dropped seat found changed (refusal {@link Refusal#SEAT_CHANGED}), else null
 */
public record LayoutSave(boolean saved, int version, List<PlannedSeat> seats, Refusal refusal, String seatKey) {

    /** Why a layout save was refused. */
    public enum Refusal {
        /** Another laptop saved this plan's layout since it was read. */
        LAYOUT_CHANGED,
        /** The plan was new, and another laptop created the meeting's plan meanwhile (a meeting has one plan). */
        PLAN_CREATED,
        /** A seat whose occupant the change drops is no longer as the editor saw it. */
        SEAT_CHANGED
    }

    public LayoutSave {
        seats = List.copyOf(seats);
    }

    /** Saved ({@code saved}) or refused because the layout was changed elsewhere. */
    public LayoutSave(boolean saved, int version, List<PlannedSeat> seats) {
        this(saved, version, seats, saved ? null : Refusal.LAYOUT_CHANGED, null);
    }
}
