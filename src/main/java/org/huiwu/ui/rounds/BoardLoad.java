package org.huiwu.ui.rounds;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.logic.rounds.BoardSnapshot;
import org.huiwu.model.Attendee;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.ui.control.seatmap.PlanMarker;
import org.huiwu.ui.control.seatmap.SeatTile;

/** What the round board loads in one background call: the board's snapshot, who sits where, the seat map's tiles and the zone the attendant's board opens on. */
record BoardLoad(BoardSnapshot snapshot, SeatPlan seatPlan, SeatAssignments assignments, List<SeatTile> seatingTiles,
        List<PlanMarker> markers, Map<UUID, Attendee> people, UUID homeZone) {
}
