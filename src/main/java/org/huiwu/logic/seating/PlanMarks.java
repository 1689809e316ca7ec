package org.huiwu.logic.seating;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huiwu.model.Attendee;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.PlannedSeat;
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
     * The unit name drawn where a unit's section starts: left of the block at that row for horizontal
     * sections, above the block at that column for vertical ones ({@code aboveColumn}).
     */
    public record UnitLabel(String text, double x, double y, boolean aboveColumn) {
    }

    /** The seats whose occupant presides over the podium block they sit in. */
    public Set<String> presiderSeats(SeatPlan plan, List<PlannedSeat> seats, SeatAssignments assignments,
            List<Attendee> attendees) {
        Set<String> marked = new HashSet<>();
        Map<String, UUID> blockOfSeat = new HashMap<>();
        seats.forEach(seat -> blockOfSeat.put(seat.key(), seat.blockId()));
        for (SeatBlock block : plan.blocks()) {
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

    /** The labels of the units in audience blocks seated by unit, one per unit where its section starts. */
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
            double left = blockSeats.stream().mapToDouble(PlannedSeat::x).min().orElse(0);
            double top = blockSeats.stream().mapToDouble(PlannedSeat::y).min().orElse(0);
            Map<String, List<String>> startsAt = new LinkedHashMap<>();
            Map<String, PlannedSeat> anchor = new HashMap<>();
            String previous = null;
            for (PlannedSeat seat : units.sectionOrder(blockSeats, sections, plan.convention())) {
                Attendee occupant = assignments.occupantOf(seat.key()).map(people::get).orElse(null);
                if (occupant == null || occupant.organisation().isBlank()
                        || occupant.organisation().equals(previous)) {
                    continue;
                }
                previous = occupant.organisation();
                String line = sections == UnitSections.VERTICAL ? "x" + seat.x() : "r" + seat.row();
                anchor.putIfAbsent(line, seat);
                startsAt.computeIfAbsent(line, k -> new ArrayList<>()).add(previous);
            }
            startsAt.forEach((line, names) -> {
                PlannedSeat seat = anchor.get(line);
                String text = String.join(" / ", names);
                labels.add(sections == UnitSections.VERTICAL
                        ? new UnitLabel(text, seat.x(), top - 1.0, true)
                        : new UnitLabel(text, left - 1.0, seat.y(), false));
            });
        }
        return labels;
    }

    private static Map<UUID, List<PlannedSeat>> byBlock(List<PlannedSeat> seats) {
        Map<UUID, List<PlannedSeat>> byBlock = new LinkedHashMap<>();
        seats.forEach(seat -> byBlock.computeIfAbsent(seat.blockId(), id -> new ArrayList<>()).add(seat));
        return byBlock;
    }
}
