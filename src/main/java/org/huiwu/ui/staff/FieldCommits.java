package org.huiwu.ui.staff;

import java.util.function.BooleanSupplier;

import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Makes a form field keep what was typed as interaction.md asks: it commits when focus leaves it (Tab,
 * Shift+Tab, a click elsewhere, another tab or window) and on Enter; only Esc cancels, putting the saved
 * value back (Esc on an unchanged field is left to the window). FX thread only.
 */
final class FieldCommits {

    private FieldCommits() {
    }

    /**
     * Wires {@code field}: {@code commit} on focus loss and Enter, {@code revert} on Esc while
     * {@code changed} says the form differs from what is saved.
     */
    static void wire(Control field, Runnable commit, Runnable revert, BooleanSupplier changed) {
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ESCAPE && changed.getAsBoolean()) {
                revert.run();
                key.consume();
            }
        });
        if (field instanceof TextField text) {
            text.setOnAction(enter -> {
                commit.run();
                enter.consume();
            });
        }
    }
}
