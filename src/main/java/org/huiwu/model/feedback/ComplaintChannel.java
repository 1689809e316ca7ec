package org.huiwu.model.feedback;

/** How a complaint (投诉) came in; the constant carries the bundle key of its label. */
public enum ComplaintChannel {
    ON_THE_SPOT("feedback.channel.onTheSpot"),
    PHONE("feedback.channel.phone"),
    WRITTEN("feedback.channel.written"),
    OTHER("feedback.channel.other");

    private final String labelKey;

    ComplaintChannel(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
