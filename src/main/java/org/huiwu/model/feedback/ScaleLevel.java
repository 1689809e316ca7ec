package org.huiwu.model.feedback;

import java.util.Objects;

/**
 * One level of a rating scale: its number (1 is the best), its label in Chinese and English, and whether
 * it counts as satisfied for the satisfaction rate. Immutable.
 */
public record ScaleLevel(RatingScale scale, int level, String labelZh, String labelEn, boolean satisfied) {

    public ScaleLevel {
        Objects.requireNonNull(scale, "scale");
        labelZh = labelZh == null ? "" : labelZh;
        labelEn = labelEn == null ? "" : labelEn;
    }

    /** The label in the given language ({@code en} for English, Chinese otherwise). */
    public String label(boolean english) {
        return english && !labelEn.isBlank() ? labelEn : labelZh;
    }

    public ScaleLevel withLabels(String zh, String en) {
        return new ScaleLevel(scale, level, zh, en, satisfied);
    }
}
