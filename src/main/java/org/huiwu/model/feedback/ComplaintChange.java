package org.huiwu.model.feedback;

/** What a version of a complaint recorded; the constant carries the bundle key of its label. */
public enum ComplaintChange {
    CREATED("feedback.change.created"),
    EDITED("feedback.change.edited"),
    STATUS_CHANGED("feedback.change.statusChanged");

    private final String labelKey;

    ComplaintChange(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
