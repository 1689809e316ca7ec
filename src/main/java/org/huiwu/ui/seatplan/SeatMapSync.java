package org.huiwu.ui.seatplan;

import java.util.List;

import javafx.collections.ListChangeListener;

import org.huiwu.ui.control.seatmap.SeatTile;

/**
 * Copies changes of the screen's tile list into the seat map's own list tile by tile, so that a
 * changed seat only replaces that seat's node on the map. FX thread only.
 */
public final class SeatMapSync {

    private SeatMapSync() {
    }

    public static void apply(ListChangeListener.Change<? extends SeatTile> change, List<SeatTile> target) {
        List<? extends SeatTile> source = change.getList();
        boolean onlyReplacements = true;
        while (change.next()) {
            if (!change.wasReplaced() || change.getAddedSize() != change.getRemovedSize()) {
                onlyReplacements = false;
            }
        }
        if (onlyReplacements && source.size() == target.size()) {
            for (int i = 0; i < source.size(); i++) {
                if (!source.get(i).equals(target.get(i))) {
                    target.set(i, source.get(i));
                }
            }
        } else if (target instanceof javafx.collections.ObservableList<SeatTile> observable) {
            observable.setAll(source);
        } else {
            target.clear();
            target.addAll(source);
        }
    }
}
