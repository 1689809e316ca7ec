package org.huiwu.ui.common;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The name of the attendant on duty, written as "reported by", "ticked by" and "notified by" on
 * incident records and as who marked a service checklist item. Remembered for the session (the preferences keep no such name yet). Observable;
 * FX thread only.
 */
public final class Attendant {

    private final StringProperty name = new SimpleStringProperty(this, "name", "");

    public StringProperty nameProperty() {
        return name;
    }

    /** The name as written on records, trimmed. */
    public String name() {
        return name.get() == null ? "" : name.get().strip();
    }
}
