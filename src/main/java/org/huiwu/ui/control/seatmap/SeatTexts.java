package org.huiwu.ui.control.seatmap;

import javafx.geometry.VPos;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The texts of a seat node: made unmanaged, hanging from their top and centred, and changed only when the new value
 * differs, so that a tea-board tick which changes nothing a text shows asks for no layout and no restyle.
 * Stateless; the texts it touches are FX thread only.
 */
final class SeatTexts {

    private SeatTexts() {
    }

    /** A new seat text styled {@code styleClass}. */
    static Text text(String styleClass) {
        Text t = new Text();
        t.getStyleClass().add(styleClass);
        t.setTextOrigin(VPos.TOP);
        t.setTextAlignment(TextAlignment.CENTER);
        t.setManaged(false);
        return t;
    }

    /** Sets the text if it differs; true if it did. */
    static boolean set(Text t, String value) {
        if (value.equals(t.getText())) {
            return false;
        }
        t.setText(value);
        return true;
    }

    /** Sets the wrapping width if it differs. */
    static void wrap(Text t, double width) {
        if (t.getWrappingWidth() != width) {
            t.setWrappingWidth(width);
        }
    }
}
