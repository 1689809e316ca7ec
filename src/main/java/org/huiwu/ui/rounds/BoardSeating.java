package org.huiwu.ui.rounds;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huiwu.logic.rounds.BoardSnapshot;
import org.huiwu.model.Attendee;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.ui.control.seatmap.SeatTile;
import org.huiwu.ui.seatplan.SeatTiles;

/**
 * The seating under the round board: the seat plan, who sits where, the people on the list and the seat
 * tiles built from them; it follows a seating or check-in change another screen stored without reading
 * the database. FX thread only.
 */
final class BoardSeating {

    private SeatPlan seatPlan;
    private SeatAssignments assignments;
    private List<SeatTile> tiles = List.of();
    private Map<UUID, Attendee> people = Map.of();

    void loaded(BoardLoad loaded) {
        seatPlan = loaded.seatPlan();
        assignments = loaded.assignments();
        tiles = loaded.seatingTiles();
        people = loaded.people();
    }

    /**
     * {@code snapshot} re-indexed for the stored seating, {@code stored} seated with {@code byId}, and the tiles
     * rebuilt; null (and nothing changed) when the board or the seating has not loaded.
     */
    BoardSnapshot reseat(BoardSnapshot snapshot, SeatAssignments stored, Map<UUID, Attendee> byId) {
        if (snapshot == null || seatPlan == null || stored == null) {
            return null;
        }
        assignments = stored;
        people = byId;
        BoardSnapshot reseated = snapshot.withSeating(stored, byId.values());
        tiles = SeatTiles.tiles(reseated.seats(), stored, byId, Set.of(), seatPlan.viewpoint());
        return reseated;
    }

    SeatPlan seatPlan() {
        return seatPlan;
    }

    SeatAssignments assignments() {
        return assignments;
    }

    Map<UUID, Attendee> people() {
        return people;
    }

    List<SeatTile> tiles() {
        return tiles;
    }

    /** The occupant's name at a seat, or "" when it is empty. */
    String nameAt(String seatKey) {
        return tiles.stream().filter(t -> t.id().equals(seatKey)).map(SeatTile::occupant).findFirst().orElse("");
    }

    /** The occupant's name at a seat, or the seat's key when it is empty. */
    String nameOrSeat(String seatKey) {
        String name = nameAt(seatKey);
        return name.isEmpty() ? seatKey : name;
    }
}
