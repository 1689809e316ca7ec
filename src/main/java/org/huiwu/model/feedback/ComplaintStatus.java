package org.huiwu.model.feedback;

/**
 * Where a complaint is in its handling: open → being handled → closed; moves go forward only. The
 * constant carries the bundle key of its label.
 */
public enum ComplaintStatus {
    OPEN("feedback.status.open"),
    HANDLING("feedback.status.handling"),
    CLOSED("feedback.status.closed");

    private final String labelKey;

    ComplaintStatus(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    /** Whether the complaint still needs someone's attention. */
    public boolean isOpen() {
        return this != CLOSED;
    }
}
