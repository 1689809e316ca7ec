package org.huiwu.ui.control;

import javafx.application.Platform;
import javafx.scene.control.Spinner;
import javafx.scene.input.MouseEvent;

/**
 * Makes an editable number spinner take typing as a spreadsheet cell does: reached with Tab or Shift+Tab, its
 * whole number is selected, so the digits typed replace it (Tab into a 0, type 3: 3, not 30 or 03). A click
 * places the caret where it lands, as in any text field. FX thread only.
 */
public final class CountField {

    private CountField() {
    }

    /** Installs the behaviour on {@code spinner}. */
    public static void install(Spinner<?> spinner) {
        boolean[] clicked = {false};
        spinner.addEventFilter(MouseEvent.MOUSE_PRESSED, press -> clicked[0] = true);
        spinner.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && !clicked[0]) {
                Platform.runLater(() -> {
                    if (spinner.isFocused()) {
                        spinner.getEditor().selectAll();
                    }
                });
            }
            if (!focused) {
                clicked[0] = false;
            }
        });
    }
}
