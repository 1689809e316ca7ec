package org.huiwu.logic.seating.print;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.seating.PlanMarks;
import org.huiwu.model.Attendee;
import org.huiwu.model.Meeting;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.seating.TableOrientation;
import org.huiwu.model.seating.Viewpoint;
import org.huiwu.logic.seating.print.SeatChart.Area;
import org.huiwu.logic.seating.print.SeatChart.Seat;

/**
 * Works out a {@link SeatChart}: texts from the bundle, outlines and markers around the laid-out
 * seats in the audience view, then the half turn for the podium view. Stateless apart from the
 * texts; thread-safe.
 */
final class SeatChartBuilder {

    private static final double PAD = 0.3;
    private static final double CAPTION_GAP = 0.8;
    private static final double MARKER = 0.8;
    /** Seats round a table stand closer than in rows, so their boxes are smaller. */
    private static final double ROUND_SEAT = 0.8;

    private final I18n i18n;
    private final SeatLabels labels;
    private final PlanMarks marks = new PlanMarks();

    SeatChartBuilder(I18n i18n) {
        this.i18n = i18n;
        this.labels = new SeatLabels(i18n);
    }

    SeatChart build(Meeting meeting, SeatPlan plan, List<PlannedSeat> planned, SeatAssignments assignments,
            List<Attendee> attendees, Viewpoint viewpoint) {
        Map<UUID, Attendee> byId = attendees.stream().collect(Collectors.toMap(Attendee::id, Function.identity(),
                (a, b) -> a));
        Set<String> presiding = marks.presiderSeats(plan, planned, assignments, attendees);
        List<Seat> seats = new ArrayList<>();
        for (PlannedSeat p : planned) {
            Attendee occupant = assignments.occupantOf(p.key()).map(byId::get).orElse(null);
            boolean round = p.blockKind() == BlockKind.ROUND_TABLES;
            String detail = occupant == null ? "" : i18n.format(presiding.contains(p.key())
                    ? "seating.chart.rankPresiding" : "seating.chart.rank", occupant.rank());
            seats.add(new Seat(p.key(), p.x(), p.y(), round ? ROUND_SEAT : SeatChart.SEAT_WIDTH,
                    round ? ROUND_SEAT : SeatChart.SEAT_HEIGHT, labels.label(p), labels.shortLabel(p),
                    occupant == null ? "" : occupant.name(), detail, p.honour()));
        }
        List<Area> blocks = new ArrayList<>();
        List<Area> tables = new ArrayList<>();
        Map<UUID, List<PlannedSeat>> byBlock = new LinkedHashMap<>();
        planned.forEach(p -> byBlock.computeIfAbsent(p.blockId(), id -> new ArrayList<>()).add(p));
        for (SeatBlock block : plan.blocks()) {
            List<PlannedSeat> inBlock = byBlock.getOrDefault(block.id(), List.of());
            if (!inBlock.isEmpty()) {
                Bounds b = Bounds.of(inBlock);
                blocks.add(new Area(b.minX - SeatChart.SEAT_WIDTH / 2 - PAD, b.minY - SeatChart.SEAT_HEIGHT / 2 - PAD,
                        b.width() + SeatChart.SEAT_WIDTH + 2 * PAD, b.height() + SeatChart.SEAT_HEIGHT + 2 * PAD,
                        block.name().isBlank() ? kindName(block.kind()) : block.name(), false));
                tables.addAll(tables(block, inBlock));
            }
        }
        List<Area> stands = marks.stands(plan, planned).stream().map(s -> new Area(s.x() - PlanMarks.STAND_WIDTH / 2,
                s.y() - PlanMarks.STAND_DEPTH / 2, PlanMarks.STAND_WIDTH, PlanMarks.STAND_DEPTH,
                i18n.get("seating.map.speakerStand"), false)).toList();
        List<Area> unitLabels = marks.unitLabels(plan, planned, assignments, attendees).stream()
                .map(l -> new Area(l.x() - l.width() / 2, l.y() - 0.3, l.width(), 0.6, l.text(), false)).toList();
        List<Area> extents = new ArrayList<>(blocks);
        extents.addAll(stands);
        extents.addAll(unitLabels);
        double left = extents.stream().mapToDouble(Area::x).min().orElse(0);
        double right = extents.stream().mapToDouble(a -> a.x() + a.width()).max().orElse(1);
        double top = blocks.stream().mapToDouble(Area::y).min().orElse(0);
        double bottom = blocks.stream().mapToDouble(a -> a.y() + a.height()).max().orElse(1);
        top = Math.min(top, unitLabels.stream().mapToDouble(Area::y).min().orElse(top));
        Area front = new Area(left, top - CAPTION_GAP - MARKER, right - left, MARKER, i18n.get("seating.chart.front"),
                false);
        Area door = door(plan, left, right, top, bottom);

        double minX = Math.min(left, door.x());
        double minY = front.y();
        double width = Math.max(right, door.x() + door.width()) - minX;
        double height = Math.max(bottom, door.y() + door.height()) - minY;
        boolean turn = viewpoint == Viewpoint.PODIUM;
        List<Seat> placedSeats = seats.stream().map(s -> {
            double x = s.x() - minX;
            double y = s.y() - minY;
            return new Seat(s.key(), turn ? width - x : x, turn ? height - y : y, s.width(), s.height(), s.label(),
                    s.shortLabel(), s.name(), s.detail(), s.honour());
        }).toList();
        Function<Area, Area> place = a -> turn ? a.moved(-minX, -minY).turned(width, height) : a.moved(-minX, -minY);
        return new SeatChart(meeting.title(), subtitle(meeting),
                i18n.get(turn ? "seating.chart.viewpoint.podium" : "seating.chart.viewpoint.audience"),
                InterpreterNote.withConvention(i18n.get(plan.convention() == Convention.GOVERNMENT
                        ? "seating.chart.convention.government" : "seating.chart.convention.foreignAffairs"), plan, i18n),
                i18n.format("seating.chart.summary", seats.size(), seats.stream().filter(Seat::occupied).count()),
                viewpoint, width, height, placedSeats, blocks.stream().map(place).toList(),
                tables.stream().map(place).toList(), stands.stream().map(place).toList(),
                unitLabels.stream().map(place).toList(), place.apply(front), place.apply(door));
    }

    private String subtitle(Meeting meeting) {
        String date = meeting.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(i18n.locale()));
        return meeting.venue().isBlank() ? i18n.format("seating.chart.date", date)
                : i18n.format("seating.chart.dateAndVenue", date, meeting.venue());
    }

    private Area door(SeatPlan plan, double left, double right, double top, double bottom) {
        String text = i18n.get("seating.chart.door");
        double w = 1.8;
        double h = 0.8;
        double below = bottom + 0.6;
        double middle = (top + bottom) / 2 - 0.8;
        return switch (plan.door()) {
            case BACK_CENTRE -> new Area((left + right - w) / 2, below, w, h, text, false);
            case BACK_LEFT -> new Area(left, below, w, h, text, false);
            case BACK_RIGHT -> new Area(right - w, below, w, h, text, false);
            case LEFT -> new Area(left - 0.5 - 1.2, middle, 1.2, 1.6, text, false);
            case RIGHT -> new Area(right + 0.5, middle, 1.2, 1.6, text, false);
        };
    }

    /** Round tables as circles inside their seats; a talks table between its two sides. */
    private List<Area> tables(SeatBlock block, List<PlannedSeat> seats) {
        List<Area> tables = new ArrayList<>();
        if (block.kind() == BlockKind.ROUND_TABLES) {
            Map<Integer, List<PlannedSeat>> byTable = new LinkedHashMap<>();
            seats.forEach(s -> byTable.computeIfAbsent(s.row(), t -> new ArrayList<>()).add(s));
            byTable.forEach((number, around) -> {
                Bounds b = Bounds.of(around);
                double cx = b.minX + b.width() / 2;
                double cy = b.minY + b.height() / 2;
                double r = Math.max(0.4, b.width() / 2 - SeatChart.SEAT_WIDTH / 2 - 0.1);
                tables.add(new Area(cx - r, cy - r, 2 * r, 2 * r, i18n.format("seating.chart.table", number), true));
            });
        } else if (block.kind() == BlockKind.TALKS) {
            Bounds b = Bounds.of(seats);
            double edge = SeatChart.SEAT_HEIGHT / 2 + 0.15;
            tables.add(block.orientation() == TableOrientation.ACROSS_DOOR
                    ? new Area(b.minX - 0.5, b.minY + edge, b.width() + 1, b.height() - 2 * edge, "", false)
                    : new Area(b.minX + edge, b.minY - 0.5, b.width() - 2 * edge, b.height() + 1, "", false));
        }
        return tables;
    }

    private String kindName(BlockKind kind) {
        return i18n.get(switch (kind) {
            case PODIUM -> "seating.chart.block.podium";
            case AUDIENCE -> "seating.chart.block.audience";
            case TALKS -> "seating.chart.block.talks";
            case U_SHAPE -> "seating.chart.block.uShape";
            case HOLLOW_SQUARE -> "seating.chart.block.hollowSquare";
            case ROUND_TABLES -> "seating.chart.block.roundTables";
            case RECEPTION -> "seating.chart.block.reception";
            case SIGNING -> "seating.chart.block.signing";
        });
    }

    /** The extent of some seat centres. */
    private record Bounds(double minX, double minY, double maxX, double maxY) {

        static Bounds of(List<PlannedSeat> seats) {
            return new Bounds(seats.stream().mapToDouble(PlannedSeat::x).min().orElse(0),
                    seats.stream().mapToDouble(PlannedSeat::y).min().orElse(0),
                    seats.stream().mapToDouble(PlannedSeat::x).max().orElse(0),
                    seats.stream().mapToDouble(PlannedSeat::y).max().orElse(0));
        }

        double width() {
            return maxX - minX;
        }

        double height() {
            return maxY - minY;
        }
    }
}
