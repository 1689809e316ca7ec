package org.huiwu.model.feedback;

import java.util.Objects;
import java.util.UUID;

/**
 * One rated item of a satisfaction survey (会前沟通, 服务态度…): a stable id, its place on the form, its
 * label in Chinese and English, and whether a supervisor retired it (new meetings no longer ask it).
 * Immutable.
 */
public record SurveyItem(UUID id, int position, String labelZh, String labelEn, boolean retired) {

    public SurveyItem {
        Objects.requireNonNull(id, "id");
        labelZh = labelZh == null ? "" : labelZh;
        labelEn = labelEn == null ? "" : labelEn;
    }

    /** The label in the given language ({@code en} for English, Chinese otherwise). */
    public String label(boolean english) {
        return english && !labelEn.isBlank() ? labelEn : labelZh;
    }
}
