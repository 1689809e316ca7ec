package org.huiwu.logic.feedback;

/**
 * Why a survey, template or complaint action was refused; each value names its message key, whose text
 * may take the longest length allowed as argument {0}. Nothing was written when one is reported.
 */
public enum FeedbackProblem {
    NOT_FOUND("feedback.problem.notFound"),
    UNIT_MISSING("feedback.problem.unitMissing"),
    FORM_EMPTY("feedback.problem.formEmpty"),
    RATING_OUT_OF_SCALE("feedback.problem.ratingOutOfScale"),
    TEXT_TOO_LONG("feedback.problem.textTooLong"),
    COMMENT_TOO_LONG("feedback.problem.commentTooLong"),
    LABEL_MISSING("feedback.problem.labelMissing"),
    NO_ACTIVE_ITEM("feedback.problem.noActiveItem"),
    CONTENT_MISSING("feedback.problem.contentMissing"),
    CHANNEL_MISSING("feedback.problem.channelMissing"),
    RECEIVED_LATER_THAN_NOW("feedback.problem.receivedInFuture"),
    RESULT_MISSING("feedback.problem.resultMissing"),
    CLOSED("feedback.problem.closed"),
    STATUS_BACKWARDS("feedback.problem.statusBackwards"),
    CHANGED_MEANWHILE("feedback.problem.changedMeanwhile"),
    HANDLING_TIME("feedback.problem.handlingTime");

    /** The longest comment, complaint content or handling text accepted. */
    public static final int MAX_LONG_TEXT = 4000;
    /** The longest unit, name, contact, category or label accepted. */
    public static final int MAX_SHORT_TEXT = 200;

    private final String messageKey;

    FeedbackProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
