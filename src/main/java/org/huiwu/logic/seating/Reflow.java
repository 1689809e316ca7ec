package org.huiwu.logic.seating;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.BlockOptions;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.PresiderPlacement;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.UnitSections;

/**
 * Closes the gap an absent attendee leaves in their block (see {@link SeatingPlanner#reflow}). The
 * later occupants move up one seat in the block's fill order, skipping locked seats: honour order, or
 * the unit fill order of an audience block seated by unit, so each unit stays together. On a podium
 * whose presider sits by placement, the presider's seat is held like a locked one; if the presider is
 * the absent one, that seat is left empty (decision 0012). Interpreter seats and the other seats never
 * pull from each other. Stateless and thread-safe.
 */
final class Reflow {

    private final Map<UUID, SeatBlock> blocks = new HashMap<>();
    private final Convention convention;
    private final Presiders presiders = new Presiders();
    private final UnitSeating units = new UnitSeating();

    Reflow(List<SeatBlock> blocks, Convention convention) {
        blocks.forEach(block -> this.blocks.put(block.id(), block));
        this.convention = convention;
    }

    SeatAssignments run(List<PlannedSeat> seats, SeatAssignments current, UUID absentId) {
        String vacated = current.seatOf(absentId).orElse(null);
        if (vacated == null) {
            return current;
        }
        Map<String, UUID> result = new LinkedHashMap<>(current.occupantBySeat());
        result.remove(vacated);
        PlannedSeat gap = seats.stream().filter(s -> s.key().equals(vacated)).findFirst().orElse(null);
        if (gap == null || current.isLocked(vacated)) {
            return SeatAssignments.of(result, current.lockedSeats());
        }
        List<PlannedSeat> blockSeats = seats.stream()
                .filter(s -> s.blockId().equals(gap.blockId()) && s.party() == gap.party()
                        && s.interpreter() == gap.interpreter()).toList();
        BlockOptions options = optionsOf(gap.blockId());
        String held = presiderSeat(options, blockSeats, current).orElse(null);
        if (vacated.equals(held)) {
            return SeatAssignments.of(result, current.lockedSeats());
        }
        List<PlannedSeat> order = fillOrder(gap.blockKind(), options, blockSeats);
        String free = vacated;
        for (PlannedSeat seat : order.subList(order.indexOf(gap) + 1, order.size())) {
            if (current.isLocked(seat.key()) || seat.key().equals(held)) {
                continue;
            }
            UUID occupant = result.remove(seat.key());
            if (occupant != null) {
                result.put(free, occupant);
            }
            free = seat.key();
        }
        return SeatAssignments.of(result, current.lockedSeats());
    }

    private BlockOptions optionsOf(UUID blockId) {
        SeatBlock block = blocks.get(blockId);
        return block == null ? BlockOptions.NONE : block.options();
    }

    /** The block's seats in the order auto-assign fills them: by unit sections, or by honour. */
    private List<PlannedSeat> fillOrder(BlockKind kind, BlockOptions options, List<PlannedSeat> blockSeats) {
        if (kind == BlockKind.AUDIENCE && options.unitSections() != UnitSections.OFF) {
            return units.sectionOrder(blockSeats, options.unitSections(), convention);
        }
        return blockSeats;
    }

    /**
     * The seat the presider holds by placement, when occupied: the chosen presider's seat if it is a
     * seat their placement gives; when no one was chosen, or the chosen one has no seat in the block
     * (auto-assign then seated the suggestion), the seat the placement gives a presider other than
     * No.1. A presider who sits by rank (placement by rank, or the reserved seat was locked for someone
     * else) holds nothing and moves with the ranks.
     */
    private Optional<String> presiderSeat(BlockOptions options, List<PlannedSeat> blockSeats,
            SeatAssignments current) {
        PresiderPlacement placement = options.presiderPlacement();
        if (blockSeats.isEmpty() || blockSeats.get(0).blockKind() != BlockKind.PODIUM
                || placement == PresiderPlacement.BY_RANK) {
            return Optional.empty();
        }
        Optional<String> reserved = presiders.presiderSeat(placement, blockSeats, false).map(PlannedSeat::key);
        Optional<String> chosenSeat = options.presider().flatMap(current::seatOf)
                .filter(seat -> blockSeats.stream().anyMatch(s -> s.key().equals(seat)));
        if (chosenSeat.isPresent()) {
            Optional<String> asNumberOne = presiders.presiderSeat(placement, blockSeats, true).map(PlannedSeat::key);
            return chosenSeat.filter(seat -> seat.equals(reserved.orElse(null))
                    || seat.equals(asNumberOne.orElse(null)));
        }
        return reserved.filter(seat -> current.occupantOf(seat).isPresent());
    }
}
