package org.huiwu.ui.control.seatmap;

import java.security.AccessControlContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;

/**
 * Builds a {@link Dragboard} holding given content without a platform drag gesture, so tests can
 * fire the drag events a platform would (Monocle's own drag-and-drop is unreliable headless).
 * Uses the toolkit's helper classes, reachable because the tests run on the class path.
 */
final class TestDragboards {

    private TestDragboards() {
    }

    static Dragboard holding(DataFormat format, Object content) {
        Dragboard board = DragboardHelper.createDragboard(new MapClipboard());
        DragboardHelper.setDataAccessRestriction(board, false);
        board.setContent(Map.of(format, content));
        return board;
    }

    /** A clipboard kept in a map that allows every transfer mode. */
    @SuppressWarnings("removal")
    private static final class MapClipboard implements TKClipboard {
        private final Map<DataFormat, Object> content = new HashMap<>();

        @Override
        public void setSecurityContext(AccessControlContext context) {
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return content.keySet();
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... pairs) {
            content.clear();
            for (Pair<DataFormat, Object> p : pairs) {
                content.put(p.getKey(), p.getValue());
            }
            return true;
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return Set.of(TransferMode.ANY);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offsetX) {
        }

        @Override
        public void setDragViewOffsetY(double offsetY) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
