package org.huiwu.ui.control;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Makes a form field keep what was typed, as {@link CommittingCell} does for table cells: the text is
 * committed on Enter, Tab, Shift+Tab, a click elsewhere and whatever else takes the focus away (a tab or
 * screen change, the window closing its content); only Esc cancels, putting the stored value back. The
 * commit and cancel actions belong to the form's ViewModel, which decides whether anything changed and
 * shows a value that cannot be saved with its reason. FX thread only.
 */
public final class CommittingField {

    private CommittingField() {
    }

    /** Installs the behaviour on {@code field}. */
    public static void install(TextInputControl field, Runnable commit, Runnable cancel) {
        boolean[] cancelled = {false};
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                cancelled[0] = true;
                cancel.run();
                cancelled[0] = false;
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                commit.run();
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !cancelled[0]) {
                commit.run();
            }
        });
    }
}
