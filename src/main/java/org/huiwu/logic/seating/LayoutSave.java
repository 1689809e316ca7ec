package org.huiwu.logic.seating;

import java.util.List;

import org.huiwu.model.seating.PlannedSeat;

/**
 * What came of a version-checked save of a plan's layout (decision 0039): written, or refused because another
 * laptop saved the same plan's layout since the editor read it. When refused nothing was written and the screen
 * reads the stored plan again. Immutable.
 *
 * @param saved whether the layout was written
 * @param version the layout's version as stored after the save (when saved, the one the next edit starts from)
 * @param seats the laid-out seats of the saved layout; empty when refused
 */
public record LayoutSave(boolean saved, int version, List<PlannedSeat> seats) {

    public LayoutSave {
        seats = List.copyOf(seats);
    }
}
