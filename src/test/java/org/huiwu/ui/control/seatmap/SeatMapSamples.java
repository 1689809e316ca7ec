package org.huiwu.ui.control.seatmap;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Sample plans for the seat map tests, snapshot and benchmark: a seven-seat podium in the
 * audience-view order 7 5 3 1 2 4 6, an audience block with a centre aisle, and large halls.
 * The Chinese texts stand in for what a screen would pass.
 */
final class SeatMapSamples {

    static final double PODIUM_SEAT_WIDTH = 1.35;
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
        "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"};
    private static final String[] GIVEN = {"建国", "明华", "卫东", "志强", "晓燕", "光", "丽萍", "海涛",
        "静", "文博", "秀兰", "国平", "俊", "红梅", "立新", "思远"};
    private static final String[] PODIUM_NAMES = {"周振邦", "李明华", "张卫东", "王建国", "陈晓燕", "杨光", "赵丽萍"};
    private static final String[] PODIUM_TITLES = {"市委副书记", "常务副市长", "副市长", "市委书记",
        "市长", "市政协主席", "秘书长"};
    private static final int[] PODIUM_RANKS = {7, 5, 3, 1, 2, 4, 6};

    private SeatMapSamples() {
    }

    static String name(int i) {
        return SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7 + i / SURNAMES.length) % GIVEN.length];
    }

    /** Seven podium seats, ids p1..p7 by rank, labelled with the rank, laid out 7 5 3 1 2 4 6. */
    static List<SeatTile> podium(double left, double top) {
        List<SeatTile> tiles = new ArrayList<>();
        for (int i = 0; i < PODIUM_RANKS.length; i++) {
            int rank = PODIUM_RANKS[i];
            tiles.add(new SeatTile("p" + rank, left + i * PODIUM_SEAT_WIDTH, top, PODIUM_SEAT_WIDTH - 0.15, 0.9,
                    String.valueOf(rank), PODIUM_NAMES[i], PODIUM_TITLES[i],
                    Set.of(SeatState.OCCUPIED), false, ""));
        }
        return tiles;
    }

    /** An audience block of rows x columns, ids a{row}-{col}, with a centre aisle. */
    static List<SeatTile> audience(int rows, int columns, double top) {
        List<SeatTile> tiles = new ArrayList<>();
        int n = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double x = c * 1.1 + (c >= columns / 2 ? 0.8 : 0);
                String label = (r + 1) + "排" + (c + 1) + "号";
                String id = "a" + (r + 1) + "-" + (c + 1);
                boolean empty = (r * 7 + c * 3) % 11 == 0;
                tiles.add(empty ? SeatTile.empty(id, x, top + r * 1.05, 1, 0.8, label)
                        : new SeatTile(id, x, top + r * 1.05, 1, 0.8, label, name(n++), "市直机关",
                        Set.of(SeatState.OCCUPIED), false, ""));
            }
        }
        return tiles;
    }

    /** The demo room: podium, table, speaker's stand, stage edge, 6 x 10 audience and a door. */
    static List<SeatTile> demoTiles() {
        List<SeatTile> tiles = new ArrayList<>(podium(1.2, 0.3));
        tiles.addAll(audience(6, 10, 3.0));
        return tiles;
    }

    static List<PlanMarker> demoMarkers() {
        return List.of(
                new PlanMarker(PlanMarker.Kind.PODIUM_TABLE, 1.1, 1.3, 7 * PODIUM_SEAT_WIDTH, 0.35, ""),
                new PlanMarker(PlanMarker.Kind.SPEAKER_STAND, 10.9, 0.45, 0.9, 0.6, "发言席"),
                new PlanMarker(PlanMarker.Kind.FRONT, 0, 1.95, 11.8, 0.5, "台口（主席台前沿）"),
                new PlanMarker(PlanMarker.Kind.AISLE_LABEL, 5.45, 9.35, 0.9, 0.4, "过道"),
                new PlanMarker(PlanMarker.Kind.DOOR, 10.2, 9.45, 1.6, 0.5, "入口"));
    }

    /** Replaces the states (and badge) of one tile in the list by id. */
    static void mark(List<SeatTile> tiles, String id, String badge, SeatState... states) {
        for (int i = 0; i < tiles.size(); i++) {
            SeatTile t = tiles.get(i);
            if (t.id().equals(id)) {
                Set<SeatState> s = EnumSet.copyOf(t.states());
                s.addAll(List.of(states));
                tiles.set(i, t.withStates(s).withBadge(badge));
            }
        }
    }

    /** A large hall of about {@code count} seats in blocks of 30 columns with aisles. */
    static List<SeatTile> hall(int count) {
        List<SeatTile> tiles = new ArrayList<>(count);
        int columns = 60;
        for (int i = 0; i < count; i++) {
            int r = i / columns;
            int c = i % columns;
            double x = c * 1.1 + (c / 20) * 1.2;
            tiles.add(new SeatTile("h" + i, x, r * 1.05, 1, 0.8, (r + 1) + "排" + (c + 1) + "号",
                    name(i), "市直机关", Set.of(SeatState.OCCUPIED, SeatState.NOT_SERVED), false, ""));
        }
        return tiles;
    }
}
