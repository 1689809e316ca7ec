package org.huiwu.model.feedback;

/**
 * The two rating scales of a satisfaction survey: the one each item is rated on and the overall rating.
 * Their levels and labels are template data; the constant carries the bundle key of the scale's name.
 */
public enum RatingScale {
    ITEM("feedback.scale.item"),
    OVERALL("feedback.scale.overall");

    private final String labelKey;

    RatingScale(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
