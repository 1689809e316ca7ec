package org.huiwu.ui.common;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Keeps the keyboard focus where the person works when the focused control goes away. JavaFX moves the
 * focus of a scene whose focus owner was removed (a cell editor that closes, a list row that is rebuilt
 * after a tick) to the scene's first focusable control, in the main window the meeting search box, where
 * the next keystrokes filter the meeting list out of sight; a focus owner that was disabled loses the
 * focus to the next control in traversal order. This keeper sends the focus instead to the nearest
 * container of the lost control that is still shown (the table, the list of steps). A focus change the
 * person makes (a click, Tab) leaves the old owner in place and is not touched. FX thread only.
 */
public final class FocusKeeper {

    private final Scene scene;
    private List<Node> ownerChain = List.of();
    private boolean redirecting;

    private FocusKeeper(Scene scene) {
        this.scene = scene;
    }

    /** Watches the focus of {@code scene} for the life of the scene. */
    public static void install(Scene scene) {
        FocusKeeper keeper = new FocusKeeper(scene);
        scene.focusOwnerProperty().addListener((obs, old, now) -> keeper.focusMoved(now));
    }

    private void focusMoved(Node now) {
        if (now == null || redirecting) {
            return;
        }
        Node lost = ownerChain.isEmpty() ? null : ownerChain.get(0);
        if (lost != null && lost != now && !usable(lost)) {
            Node anchor = ownerChain.stream().skip(1).filter(n -> usable(n) && n.isFocusTraversable()).findFirst()
                    .orElse(ownerChain.stream().skip(1).filter(this::usable).findFirst().orElse(null));
            if (anchor != null && !isInside(now, anchor)) {
                redirecting = true;
                anchor.requestFocus();
                redirecting = false;
                remember(anchor);
                return;
            }
        }
        remember(now);
    }

    private void remember(Node owner) {
        List<Node> chain = new ArrayList<>();
        for (Node node = owner; node != null; node = node.getParent()) {
            chain.add(node);
        }
        ownerChain = chain;
    }

    /** Whether the node is still in this scene, shown and enabled, so that it can hold the focus. */
    private boolean usable(Node node) {
        if (node.getScene() != scene || node.isDisabled()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }
}
