package org.huiwu.model.staff;

/** One item of the assessment form: its label in both languages and the most points it gives. Immutable. */
public record AssessmentItem(String labelZh, String labelEn, int maxScore) {

    public AssessmentItem {
        labelZh = StaffPost.text(labelZh);
        labelEn = StaffPost.text(labelEn);
    }

    public String label(boolean english) {
        return english && !labelEn.isEmpty() ? labelEn : labelZh;
    }
}
