package org.huiwu.model.staff;

/**
 * Where a person stands with the confidentiality pledge on a day: a valid one, only expired (or not yet
 * valid) ones, or none at all. Only {@link #VALID} lets the person serve a 涉密 meeting. The constant
 * carries the bundle key of its label.
 */
public enum PledgeStatus {
    VALID("staff.pledge.valid"),
    EXPIRED("staff.pledge.expired"),
    MISSING("staff.pledge.missing");

    private final String labelKey;

    PledgeStatus(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
