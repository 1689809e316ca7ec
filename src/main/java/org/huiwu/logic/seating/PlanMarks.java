package org.huiwu.logic.seating;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.huiwu.model.Attendee;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.BlockOptions;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.PresiderPlacement;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.seating.SpeakerStand;
import org.huiwu.model.seating.UnitSections;

/**
 * What the block options add to a drawn plan, for the seat map and the printed chart alike: the
 * presider's seat (marked 主持), the speaker's stand (发言席) of each podium, and the unit labels of
 * audience blocks seated by unit. Positions are in the seats' plan units, audience view (x grows to
 * the audience's right, y away from the front), so each drawing turns them as it turns the seats.
 * Stateless and thread-safe.
 */
public final class PlanMarks {

    /** Width and depth of a speaker's stand, in seats. */
    public static final double STAND_WIDTH = 1.3;
    public static final double STAND_DEPTH = 0.6;

    private final Presiders presiders = new Presiders();
    private final UnitSeating units = new UnitSeating();

    /** A speaker's stand: its centre. */
    public record Stand(double x, double y) {
    }

    /**
     * A unit's name on the plan, centred on ({@code x}, {@code y}) and {@code width} seats wide: above
     * the columns a unit takes in vertical sections ({@code aboveColumns}), or left of the block at the
     * row where units start in horizontal sections.
     */
    public record UnitLabel(String text, double x, double y, double width, boolean aboveColumns) {
    }

    /**
     * The seats whose occupant presides over the podium block they sit in. A presider chosen by name is
     * marked wherever they sit; the suggested one (none chosen, seated by placement) is marked by the
     * seat the placement reserves, so the mark stays with them when a reflow keeps that seat after an
     * absence changes who the suggestion would be.
     */
    public Set<String> presiderSeats(SeatPlan plan, List<PlannedSeat> seats, SeatAssignments assignments,
            List<Attendee> attendees) {
        Set<String> marked = new HashSet<>();
        Map<String, UUID> blockOfSeat = new HashMap<>();
        seats.forEach(seat -> blockOfSeat.put(seat.key(), seat.blockId()));
        Map<UUID, List<PlannedSeat>> byBlock = byBlock(seats);
        for (SeatBlock block : plan.blocks()) {
            BlockOptions options = block.options();
            if (block.kind() == BlockKind.PODIUM && options.presiderId() == null
                    && options.presiderPlacement() != PresiderPlacement.BY_RANK) {
                List<PlannedSeat> blockSeats = byBlock.getOrDefault(block.id(), List.of());
                Optional<String> suggested = presiders.presiderOf(block, attendees).flatMap(assignments::seatOf);
                Optional<String> asNumberOne = presiders.presiderSeat(options.presiderPlacement(), blockSeats, true)
                        .map(PlannedSeat::key);
                suggested.filter(seat -> seat.equals(asNumberOne.orElse(null)))
                        .or(() -> presiders.presiderSeat(options.presiderPlacement(), blockSeats, false)
                                .map(PlannedSeat::key).filter(seat -> assignments.occupantOf(seat).isPresent()))
                        .ifPresent(marked::add);
                continue;
            }
            presiders.presiderOf(block, attendees).flatMap(assignments::seatOf)
                    .filter(seat -> block.id().equals(blockOfSeat.get(seat)))
                    .ifPresent(marked::add);
        }
        return marked;
    }

    /**
     * The speaker's stands: in front of the podium's table on its centre line, or beyond the right end
     * of its front row (the audience's right).
     */
    public List<Stand> stands(SeatPlan plan, List<PlannedSeat> seats) {
        List<Stand> stands = new ArrayList<>();
        Map<UUID, List<PlannedSeat>> byBlock = byBlock(seats);
        for (SeatBlock block : plan.blocks()) {
            List<PlannedSeat> front = byBlock.getOrDefault(block.id(), List.of()).stream()
                    .filter(s -> s.row() == 1).toList();
            if (block.kind() != BlockKind.PODIUM || front.isEmpty()
                    || block.options().speakerStand() == SpeakerStand.NONE) {
                continue;
            }
            double frontY = front.stream().mapToDouble(PlannedSeat::y).max().orElse(0);
            double minX = front.stream().mapToDouble(PlannedSeat::x).min().orElse(0);
            double maxX = front.stream().mapToDouble(PlannedSeat::x).max().orElse(0);
            stands.add(block.options().speakerStand() == SpeakerStand.FRONT_CENTRE
                    ? new Stand((minX + maxX) / 2, frontY + 1.3)
                    : new Stand(maxX + 1.6, frontY + 0.4));
        }
        return stands;
    }

    /**
     * The labels of the units in audience blocks seated by unit. A unit of one person gets no label
     * (its seat shows the organisation); vertical labels alternate between two lines so that the labels
     * of narrow neighbouring units do not overlap; horizontal labels of units starting in the same row
     * share one line.
     */
    public List<UnitLabel> unitLabels(SeatPlan plan, List<PlannedSeat> seats, SeatAssignments assignments,
            List<Attendee> attendees) {
        Map<UUID, Attendee> people = new HashMap<>();
        attendees.forEach(a -> people.put(a.id(), a));
        Map<UUID, List<PlannedSeat>> byBlock = byBlock(seats);
        List<UnitLabel> labels = new ArrayList<>();
        for (SeatBlock block : plan.blocks()) {
            UnitSections sections = block.options().unitSections();
            List<PlannedSeat> blockSeats = byBlock.getOrDefault(block.id(), List.of());
            if (block.kind() != BlockKind.AUDIENCE || sections == UnitSections.OFF || blockSeats.isEmpty()) {
                continue;
            }
            Map<String, List<PlannedSeat>> byUnit = new LinkedHashMap<>();
            for (PlannedSeat seat : units.sectionOrder(blockSeats, sections, plan.convention())) {
                assignments.occupantOf(seat.key()).map(people::get).map(a -> a.organisation().strip())
                        .filter(unit -> !unit.isEmpty())
                        .ifPresent(unit -> byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(seat));
            }
            byUnit.values().removeIf(unitSeats -> unitSeats.size() < 2);
            if (sections == UnitSections.VERTICAL) {
                double top = blockSeats.stream().mapToDouble(PlannedSeat::y).min().orElse(0);
                int line = 0;
                for (Map.Entry<String, List<PlannedSeat>> unit : byUnit.entrySet()) {
                    double minX = unit.getValue().stream().mapToDouble(PlannedSeat::x).min().orElse(0);
                    double maxX = unit.getValue().stream().mapToDouble(PlannedSeat::x).max().orElse(0);
                    labels.add(new UnitLabel(unit.getKey(), (minX + maxX) / 2, top - 1.0 - 0.6 * (line++ % 2),
                            maxX - minX + 1, true));
                }
            } else {
                double left = blockSeats.stream().mapToDouble(PlannedSeat::x).min().orElse(0);
                Map<Double, List<String>> byRow = new LinkedHashMap<>();
                byUnit.forEach((unit, unitSeats) -> byRow.computeIfAbsent(unitSeats.get(0).y(),
                        y -> new ArrayList<>()).add(unit));
                byRow.forEach((y, names) -> labels.add(new UnitLabel(String.join(" / ", names), left - 2.6, y, 4,
                        false)));
            }
        }
        return labels;
    }

    private static Map<UUID, List<PlannedSeat>> byBlock(List<PlannedSeat> seats) {
        Map<UUID, List<PlannedSeat>> byBlock = new LinkedHashMap<>();
        seats.forEach(seat -> byBlock.computeIfAbsent(seat.blockId(), id -> new ArrayList<>()).add(seat));
        return byBlock;
    }
}
