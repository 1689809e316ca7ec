package org.huiwu.ui.feedback;

/** The feedback screens' stylesheet and style-class names, beside the views. Constants only. */
final class Styles {

    static final String SHEET = Styles.class.getResource("feedback.css").toExternalForm();
    static final String OPEN_COMPLAINT = "complaint-open";
    static final String OVERDUE_COMPLAINT = "complaint-overdue";
    static final String RATING_TOGGLE = "rating-toggle";
    static final String RATING_LABEL = "rating-label";
    static final String SUMMARY_CELL = "summary-cell";
    static final String SUMMARY_HEADER = "summary-header";

    private Styles() {
    }
}
