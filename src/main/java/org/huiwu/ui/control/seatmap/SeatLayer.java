package org.huiwu.ui.control.seatmap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.collections.ListChangeListener;
import javafx.scene.Group;
import javafx.scene.Node;

/**
 * The seat nodes of a map, one {@link SeatNode} per tile id. A list change updates the nodes of
 * the changed tiles in place (same node instance when the id stays), adds nodes for new ids and
 * removes nodes of ids that left; nothing else is touched. A tile equal to the one shown is
 * skipped, so a screen may simply {@code setAll} its recomputed tiles every second. Also tracks which seats are overdue so
 * the {@link OverduePulse} runs only while one is.
 *
 * <p>FX thread only.
 */
final class SeatLayer extends Group {

    private final Map<String, SeatNode> nodes = new HashMap<>();
    private final Set<String> overdue = new HashSet<>();
    private final OverduePulse pulse;
    private DetailLevel level;
    private String selectedId;
    private String dropHoverId;

    SeatLayer(OverduePulse pulse, DetailLevel level) {
        this.pulse = pulse;
        this.level = level;
        setAutoSizeChildren(false);
        getStyleClass().add("seat-layer");
    }

    /** Replaces all nodes for a new list (used once when the skin is created). */
    void showAll(List<? extends SeatTile> tiles) {
        getChildren().clear();
        nodes.clear();
        overdue.clear();
        apply(tiles, Set.of());
    }

    /** Applies one list change. */
    void onChanged(ListChangeListener.Change<? extends SeatTile> change) {
        Set<String> removed = new HashSet<>();
        List<SeatTile> added = new ArrayList<>();
        while (change.next()) {
            if (change.wasPermutated() || change.wasUpdated()) {
                continue;
            }
            for (SeatTile t : change.getRemoved()) {
                removed.add(t.id());
            }
            added.addAll(change.getAddedSubList());
        }
        apply(added, removed);
    }

    private void apply(List<? extends SeatTile> added, Set<String> removedIds) {
        Set<String> gone = new HashSet<>(removedIds);
        List<Node> fresh = new ArrayList<>();
        for (SeatTile t : added) {
            gone.remove(t.id());
            boolean isOverdue = t.states().contains(SeatState.OVERDUE);
            if (isOverdue) {
                overdue.add(t.id());
            } else {
                overdue.remove(t.id());
            }
            SeatNode node = nodes.get(t.id());
            if (node == null) {
                node = new SeatNode(t, level, isOverdue ? pulse.level() : null);
                nodes.put(t.id(), node);
                fresh.add(node);
                if (t.id().equals(selectedId)) {
                    node.setSelectedByControl(true);
                }
            } else if (!node.tile().equals(t)) {
                node.update(t, isOverdue ? pulse.level() : null);
            }
        }
        for (String id : gone) {
            SeatNode node = nodes.remove(id);
            overdue.remove(id);
            if (node != null) {
                node.update(node.tile().withStates(Set.of()), null);
                getChildren().remove(node);
            }
        }
        getChildren().addAll(fresh);
        pulse.setNeeded(!overdue.isEmpty());
    }

    /** The node of a seat, or null. */
    SeatNode node(String id) {
        return id == null ? null : nodes.get(id);
    }

    int size() {
        return nodes.size();
    }

    void setLevel(DetailLevel newLevel) {
        if (newLevel != level) {
            level = newLevel;
            for (SeatNode n : nodes.values()) {
                n.setLevel(newLevel);
            }
        }
    }

    void setSelected(String id) {
        SeatNode old = node(selectedId);
        if (old != null) {
            old.setSelectedByControl(false);
        }
        selectedId = id;
        SeatNode now = node(id);
        if (now != null) {
            now.setSelectedByControl(true);
        }
    }

    void setDropHover(String id) {
        if (id == null ? dropHoverId == null : id.equals(dropHoverId)) {
            return;
        }
        SeatNode old = node(dropHoverId);
        if (old != null) {
            old.setDropHover(false);
        }
        dropHoverId = id;
        SeatNode now = node(id);
        if (now != null) {
            now.setDropHover(true);
        }
    }
}
