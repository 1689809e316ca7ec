package org.huiwu.logic.export;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.huiwu.i18n.I18n;
import org.huiwu.i18n.ModelLabels;
import org.huiwu.model.seating.BlockKind;

/**
 * Names the seats of one exported meeting as people say them ("群众席 第2排5号") instead of their stored
 * keys ({@code blockId/row/number}; a block without a name is called by its template, 主席台; row 0 is
 * an interpreter seat, "会谈 主方译员"), and orders seats block by block, row by row, seat by seat. A
 * key of an unknown block keeps its stored form. Immutable once built; thread-safe.
 */
final class SeatNames {

    private final I18n i18n;
    private final Map<String, String> blockNames = new HashMap<>();
    private final Map<String, Integer> blockOrder = new HashMap<>();

    SeatNames(MeetingRecord record, I18n i18n) {
        this.i18n = i18n;
        List<Map<String, Object>> blocks = record.rows("seat_block");
        for (Map<String, Object> block : blocks) {
            String id = block.get("id").toString();
            String name = block.get("name") == null ? "" : block.get("name").toString();
            blockNames.put(id, name.isBlank()
                    ? i18n.get(ModelLabels.key(BlockKind.valueOf(block.get("kind").toString()))) : name);
            Object position = block.get("position");
            blockOrder.put(id, position instanceof Number n ? n.intValue() : blockOrder.size());
        }
    }

    /** The seat's name, or "" when there is no seat. */
    String of(Object seatKey) {
        if (seatKey == null || seatKey.toString().isBlank()) {
            return "";
        }
        String[] parts = seatKey.toString().split("/");
        String block = parts.length == 3 ? blockNames.get(parts[0]) : null;
        if (block != null && parts[1].equals("0")) {
            return i18n.format("export.seatName.interpreter", block, i18n.get(parts[2].equals("1")
                    ? "seating.seatLabel.side.guest" : "seating.seatLabel.side.host"));
        }
        return block == null ? seatKey.toString() : i18n.format("export.seatName", block, parts[1], parts[2]);
    }

    /** Block order, then row, then seat number; unknown keys last, by key. */
    Comparator<String> order() {
        return Comparator.<String>comparingInt(key -> blockOrder.getOrDefault(key.split("/")[0], Integer.MAX_VALUE))
                .thenComparingInt(key -> part(key, 1)).thenComparingInt(key -> part(key, 2))
                .thenComparing(Comparator.naturalOrder());
    }

    private static int part(String key, int index) {
        String[] parts = key.split("/");
        try {
            return parts.length == 3 ? Integer.parseInt(parts[index]) : Integer.MAX_VALUE;
        } catch (NumberFormatException notANumber) {
            return Integer.MAX_VALUE;
        }
    }
}
