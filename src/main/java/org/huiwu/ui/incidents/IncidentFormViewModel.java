package org.huiwu.ui.incidents;

import java.util.Objects;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.Severity;

/**
 * The incident form both quick capture and the correction of a listed incident fill in: severity, place
 * and a short text, with the cleaning both apply before writing (the place trimmed, no null text). FX
 * thread only.
 */
public final class IncidentFormViewModel {

    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>(this, "severity", Severity.GENERAL);
    private final StringProperty location = new SimpleStringProperty(this, "location", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");

    /** Empties the form for a new incident. */
    public void clear() {
        severity.set(Severity.GENERAL);
        location.set("");
        description.set("");
    }

    /** Fills the form with {@code incident} as stored. */
    public void show(Incident incident) {
        location.set(incident.location());
        description.set(incident.description());
        severity.set(incident.severity());
    }

    /** True when the form holds something other than {@code incident} as stored: a correction to write. */
    public boolean differsFrom(Incident incident) {
        return !location().equals(Objects.requireNonNullElse(incident.location(), "").strip())
                || !description().equals(Objects.requireNonNullElse(incident.description(), ""))
                || severity() != incident.severity();
    }

    /** The place as typed, trimmed. */
    public String location() {
        return location.get() == null ? "" : location.get().strip();
    }

    /** The text as typed (empty rather than null). */
    public String description() {
        return description.get() == null ? "" : description.get();
    }

    public Severity severity() {
        return severity.get();
    }

    public ObjectProperty<Severity> severityProperty() {
        return severity;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public StringProperty descriptionProperty() {
        return description;
    }
}
