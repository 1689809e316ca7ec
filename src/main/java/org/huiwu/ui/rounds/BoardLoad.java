package org.huiwu.ui.rounds;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.rounds.BoardSnapshot;
import org.huiwu.model.Attendee;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.ui.control.seatmap.PlanMarker;
import org.huiwu.ui.control.seatmap.SeatTile;
import org.huiwu.ui.seatplan.PlanMarkers;
import org.huiwu.ui.seatplan.SeatTiles;

/**
 * What the round board loads in one background call: the board's snapshot, who sits where, the seat map's
 * tiles and the zone the attendant's board opens on. Immutable; {@link #read} runs on the task runner's thread.
 */
record BoardLoad(BoardSnapshot snapshot, SeatPlan seatPlan, SeatAssignments assignments, List<SeatTile> seatingTiles,
        List<PlanMarker> markers, Map<UUID, Attendee> people, UUID homeZone) {

    /**
     * Reads the board of {@code meetingId}, with the zone {@code homeZone} picks for the loaded board; {@code shown}
     * (the meeting's board as shown, or null) gives the tea history while the venue server is unreachable, so a
     * layout changed during an outage still shows on the board (decision 0041): storage work, off the FX thread.
     */
    static BoardLoad read(RoundServices services, I18n i18n, UUID meetingId,
            java.util.function.Function<BoardSnapshot, UUID> homeZone, BoardSnapshot shown) {
        BoardSnapshot loaded = services.roundBoard().load(meetingId, shown);
        SeatPlan plan = services.seatPlans().planOf(meetingId);
        Map<UUID, Attendee> byId = new HashMap<>();
        services.roster().list(meetingId).forEach(a -> byId.put(a.id(), a));
        // a meeting without a stored plan has no seats and nobody on them: nothing to ask (during an outage, a plan
        // not stored has no remembered answer)
        SeatAssignments assignments = loaded.seats().isEmpty() ? SeatAssignments.none()
                : services.seatPlans().assignments(plan.id());
        return new BoardLoad(loaded, plan, assignments,
                SeatTiles.tiles(loaded.seats(), assignments, byId, Set.of(), plan.viewpoint()),
                PlanMarkers.markers(loaded.seats(), plan.door(), plan.viewpoint(), i18n), byId, homeZone.apply(loaded));
    }
}
