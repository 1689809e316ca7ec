package org.huiwu.ui.common;

import java.time.LocalTime;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One clock time typed into a form field, with the reason it cannot be read. The reason is set when the
 * field is committed (Tab, Enter, a click elsewhere, a save) and goes as soon as the text reads as a time
 * again; the typed text is never changed. Every form's time field goes through this, so a bad time is
 * marked the same way everywhere. FX thread only.
 */
public final class TimeEntry {

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final String reason;

    /** {@code reason} is the sentence shown beside a field whose text is not a time, in the user's language. */
    public TimeEntry(String reason) {
        this.reason = reason;
        text.addListener((obs, was, now) -> {
            if (!problem.get().isEmpty() && TimeText.isValid(now)) {
                problem.set("");
            }
        });
    }

    /** Checks the typed text; true when it is a time or blank. */
    public boolean commit() {
        boolean valid = TimeText.isValid(text.get());
        problem.set(valid ? "" : reason);
        return valid;
    }

    /** Shows a stored time, clearing any mark. */
    public void show(LocalTime time) {
        text.set(TimeText.format(time));
        problem.set("");
    }

    /** The time typed, null when blank; only call after {@link #commit()} returned true. */
    public LocalTime time() {
        return TimeText.parse(text.get());
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
