package org.huiwu.ui.seatplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.seating.PlanMarks;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.DoorPosition;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.Viewpoint;
import org.huiwu.ui.control.seatmap.PlanMarker;

/**
 * The non-seat drawing of a plan: the front of the room, the table in front of the podium, the
 * speaker's stand, round and long tables, unit labels and the door, each placed for the chosen
 * viewpoint. Stateless.
 */
public final class PlanMarkers {

    private PlanMarkers() {
    }

    public static List<PlanMarker> markers(List<PlannedSeat> seats, DoorPosition door, Viewpoint viewpoint, I18n i18n) {
        return markers(seats, door, viewpoint, i18n, List.of(), List.of());
    }

    /** The markers with the podiums' speaker's stands and the audience's unit labels (see {@link PlanMarks}). */
    public static List<PlanMarker> markers(List<PlannedSeat> seats, DoorPosition door, Viewpoint viewpoint, I18n i18n,
            List<PlanMarks.Stand> stands, List<PlanMarks.UnitLabel> unitLabels) {
        List<PlanMarker> markers = new ArrayList<>();
        if (seats.isEmpty()) {
            return markers;
        }
        double[] b = SeatTiles.bounds(seats);
        double minX = b[0] - 1.5;
        double maxX = b[2] + 1.5;
        double maxY = b[3];
        Placer place = new Placer(viewpoint, b[0] + b[2], maxY);
        markers.add(place.marker(PlanMarker.Kind.FRONT, minX, frontY(seats), maxX - minX, 0.55,
                i18n.get("seating.map.front")));

        Map<UUID, List<PlannedSeat>> byBlock = new LinkedHashMap<>();
        seats.forEach(seat -> byBlock.computeIfAbsent(seat.blockId(), id -> new ArrayList<>()).add(seat));
        for (List<PlannedSeat> block : byBlock.values()) {
            BlockKind kind = block.get(0).blockKind();
            if (kind == BlockKind.PODIUM) {
                double left = block.stream().filter(s -> s.row() == 1)
                        .mapToDouble(s -> s.x() * SeatTiles.PITCH_X).min().orElse(0) - 0.5;
                double right = block.stream().filter(s -> s.row() == 1)
                        .mapToDouble(s -> s.x() * SeatTiles.PITCH_X).max().orElse(0) + 0.5;
                double tableY = block.stream().filter(s -> s.row() == 1).mapToDouble(PlannedSeat::y).max().orElse(0)
                        + 0.5;
                markers.add(place.marker(PlanMarker.Kind.PODIUM_TABLE, left, tableY, right - left, 0.3, ""));
            } else if (kind == BlockKind.ROUND_TABLES) {
                Map<Integer, List<PlannedSeat>> tables = new LinkedHashMap<>();
                block.forEach(seat -> tables.computeIfAbsent(seat.row(), t -> new ArrayList<>()).add(seat));
                tables.forEach((number, table) -> {
                    double cx = table.stream().mapToDouble(s -> s.x() * SeatTiles.PITCH_X).average().orElse(0);
                    double cy = table.stream().mapToDouble(PlannedSeat::y).average().orElse(0);
                    double r = table.stream().mapToDouble(s -> Math.abs(s.y() - cy)).max().orElse(1) - 0.55;
                    markers.add(place.marker(PlanMarker.Kind.TABLE_ROUND, cx - r, cy - r, 2 * r, 2 * r,
                            String.valueOf(number)));
                });
            } else if (kind == BlockKind.TALKS || kind == BlockKind.SIGNING) {
                List<PlannedSeat> atTable = block.stream().filter(s -> !s.interpreter()).toList();
                double left = atTable.stream().mapToDouble(s -> s.x() * SeatTiles.PITCH_X).min().orElse(0);
                double right = atTable.stream().mapToDouble(s -> s.x() * SeatTiles.PITCH_X).max().orElse(0);
                double top = atTable.stream().mapToDouble(PlannedSeat::y).min().orElse(0);
                double bottom = atTable.stream().mapToDouble(PlannedSeat::y).max().orElse(0);
                boolean endOn = right - left < 5 && bottom - top > 1;
                double x = endOn ? left + 0.6 : left - 0.2;
                double y = endOn ? top - 0.2 : top + 0.55;
                double w = endOn ? right - left - 1.2 : right - left + 0.4;
                double h = endOn ? bottom - top + 0.4 : Math.max(0.6, bottom - top - 1.1);
                markers.add(place.marker(PlanMarker.Kind.TABLE_RECT, x, y, Math.max(w, 0.6), h, ""));
            }
        }
        for (PlanMarks.Stand stand : stands) {
            double w = PlanMarks.STAND_WIDTH * SeatTiles.PITCH_X;
            markers.add(place.marker(PlanMarker.Kind.SPEAKER_STAND, stand.x() * SeatTiles.PITCH_X - w / 2,
                    stand.y() - PlanMarks.STAND_DEPTH / 2, w, PlanMarks.STAND_DEPTH,
                    i18n.get("seating.map.speakerStand")));
        }
        for (PlanMarks.UnitLabel label : unitLabels) {
            double w = label.width() * SeatTiles.PITCH_X;
            markers.add(place.marker(PlanMarker.Kind.AISLE_LABEL, label.x() * SeatTiles.PITCH_X - w / 2,
                    label.y() - 0.3, w, 0.6, label.text()));
        }
        double doorY = maxY + 1.2;
        double doorX = switch (door) {
            case BACK_LEFT, LEFT -> minX;
            case BACK_RIGHT, RIGHT -> maxX - 1.6;
            case BACK_CENTRE -> (minX + maxX) / 2 - 0.8;
        };
        double y = door == DoorPosition.LEFT || door == DoorPosition.RIGHT ? maxY / 2 : doorY;
        double x = door == DoorPosition.LEFT ? minX - 2 : door == DoorPosition.RIGHT ? maxX + 0.4 : doorX;
        markers.add(place.marker(PlanMarker.Kind.DOOR, x, y, 1.6, 0.5, i18n.get("seating.map.door")));
        return markers;
    }

    /**
     * The front edge: between the podium (which stands on the stage) and the rest of the room, or
     * ahead of the first row when the plan has no podium in front.
     */
    private static double frontY(List<PlannedSeat> seats) {
        if (seats.get(0).blockKind() != BlockKind.PODIUM) {
            return -1.6;
        }
        UUID podium = seats.get(0).blockId();
        double podiumBack = seats.stream().filter(s -> s.blockId().equals(podium)).mapToDouble(PlannedSeat::y).max()
                .orElse(0);
        double nextFront = seats.stream().filter(s -> !s.blockId().equals(podium)).mapToDouble(PlannedSeat::y).min()
                .orElse(podiumBack + 3);
        return (podiumBack + nextFront) / 2 - 0.1;
    }

    /** Places markers for the viewpoint: the podium view turns the audience view by 180°. */
    private record Placer(Viewpoint viewpoint, double sumX, double maxY) {
        PlanMarker marker(PlanMarker.Kind kind, double x, double y, double w, double h, String text) {
            if (viewpoint == Viewpoint.AUDIENCE) {
                return new PlanMarker(kind, x, y, w, h, text);
            }
            return new PlanMarker(kind, sumX - x - w, maxY - y - h, w, h, text);
        }
    }
}
