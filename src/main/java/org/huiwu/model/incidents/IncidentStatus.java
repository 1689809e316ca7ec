package org.huiwu.model.incidents;

/**
 * Where an incident is in its handling: open → being handled → resolved → closed. Moves go forward
 * only (steps may be skipped); the constant carries the bundle key of its label.
 */
public enum IncidentStatus {
    OPEN("incident.status.open"),
    HANDLING("incident.status.handling"),
    RESOLVED("incident.status.resolved"),
    CLOSED("incident.status.closed");

    private final String labelKey;

    IncidentStatus(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    /** Whether an incident in this status may move to {@code next}: forward only, never to where it is. */
    public boolean canMoveTo(IncidentStatus next) {
        return next.ordinal() > ordinal();
    }

    /** Whether the incident still needs someone's attention. */
    public boolean isUnresolved() {
        return this == OPEN || this == HANDLING;
    }
}
