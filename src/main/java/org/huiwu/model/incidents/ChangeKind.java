package org.huiwu.model.incidents;

/** What one version of an incident changed; the constant carries the bundle key of its label. */
public enum ChangeKind {
    CREATED("incident.change.created"),
    EDITED("incident.change.edited"),
    STATUS_CHANGED("incident.change.statusChanged"),
    VOIDED("incident.change.voided");

    private final String labelKey;

    ChangeKind(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
