package org.huiwu.logic.seating;

import org.huiwu.model.seating.SeatAssignments;

/**
 * What came of a version-checked seat-plan edit (decision 0031): written, or refused because a seat it changes
 * (or a person it seats) was changed on another laptop since it was read. Either way {@code stored} is the plan's
 * assignments as stored now, which the screen shows. Immutable.
 *
 * @param saved whether the edit was written
 * @param stored the assignments as stored after it
 * @param seatKey the seat found changed elsewhere when refused; null when saved
 */
public record SeatSave(boolean saved, SeatAssignments stored, String seatKey) {
}
