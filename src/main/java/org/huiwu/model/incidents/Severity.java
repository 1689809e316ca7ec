package org.huiwu.model.incidents;

/** How serious an incident is (一般 / 较大 / 重大); the constant carries the bundle key of its label. */
public enum Severity {
    GENERAL("incident.severity.general"),
    MAJOR("incident.severity.major"),
    SEVERE("incident.severity.severe");

    private final String labelKey;

    Severity(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
