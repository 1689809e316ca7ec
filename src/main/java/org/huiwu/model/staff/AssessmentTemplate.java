package org.huiwu.model.staff;

import java.util.List;

/**
 * One version of the assessment form (日常考核表, annex E): its items in order. A saved change makes a new
 * version; old versions stay for the assessments made with them. Immutable.
 */
public record AssessmentTemplate(int version, List<AssessmentItem> items) {

    public AssessmentTemplate {
        items = List.copyOf(items);
    }

    /** The most points the form gives. */
    public int maxTotal() {
        return items.stream().mapToInt(AssessmentItem::maxScore).sum();
    }
}
