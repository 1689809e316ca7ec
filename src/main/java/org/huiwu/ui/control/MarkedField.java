package org.huiwu.ui.control;

import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;

/**
 * Shows beside a form field why its text cannot be saved: the field is marked {@code :invalid} and the
 * {@code mark} label placed next to it by the view says the reason (with the same sentence as tooltip and
 * accessible help). The field commits as {@link CommittingField} does; Esc leaves the text as typed. The
 * mark goes when the problem is cleared. FX thread only.
 */
public final class MarkedField {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private MarkedField() {
    }

    /** Commits {@code field} through {@code commit}; marks it, and shows {@code mark}, while {@code problem} is set. */
    public static void install(TextInputControl field, Label mark, ObservableStringValue problem, Runnable commit) {
        CommittingField.install(field, commit, () -> { });
        mark(field, mark, problem);
    }

    /** Marks {@code field}, and shows {@code mark}, while {@code problem} is set; the field commits as installed elsewhere. */
    public static void mark(TextInputControl field, Label mark, ObservableStringValue problem) {
        mark.getStyleClass().add("field-problem");
        mark.setWrapText(true);
        mark.setMinHeight(Label.USE_PREF_SIZE);
        problem.addListener((obs, was, now) -> show(field, mark, now));
        show(field, mark, problem.get());
    }

    /** Shows {@code mark} while {@code problem} is set, for a field that marks itself (a {@link CommittingCell}). */
    public static void mark(Label mark, ObservableStringValue problem) {
        mark(null, mark, problem);
    }

    private static void show(TextInputControl field, Label mark, String problem) {
        boolean invalid = problem != null && !problem.isEmpty();
        if (field != null) {
            field.pseudoClassStateChanged(INVALID, invalid);
            field.setTooltip(invalid ? new Tooltip(problem) : null);
            field.setAccessibleHelp(invalid ? problem : null);
        }
        mark.setText(invalid ? problem : "");
        mark.setVisible(invalid);
        mark.setManaged(invalid);
    }
}
