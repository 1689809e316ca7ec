package org.huiwu.logic.feedback;

/** A survey, template or complaint action was refused for the given problem; nothing was written. */
public final class FeedbackRejectedException extends RuntimeException {

    private final FeedbackProblem problem;
    private final int limit;

    public FeedbackRejectedException(FeedbackProblem problem) {
        this(problem, 0);
    }

    public FeedbackRejectedException(FeedbackProblem problem, int limit) {
        super(problem.name());
        this.problem = problem;
        this.limit = limit;
    }

    public FeedbackProblem problem() {
        return problem;
    }

    /** The longest length allowed, for the too-long problems; 0 otherwise. */
    public int limit() {
        return limit;
    }

    /** Throws {@code problem} when the text is longer than {@code max}; returns it stripped ("" for null). */
    static String checked(String text, int max, FeedbackProblem problem) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() > max) {
            throw new FeedbackRejectedException(problem, max);
        }
        return stripped;
    }

    /** A short text (unit, name, contact, category, label), stripped and checked. */
    static String shortText(String text) {
        return checked(text, FeedbackProblem.MAX_SHORT_TEXT, FeedbackProblem.TEXT_TOO_LONG);
    }

    /** A long text (content, actions, result, response), stripped and checked. */
    static String longText(String text) {
        return checked(text, FeedbackProblem.MAX_LONG_TEXT, FeedbackProblem.TEXT_TOO_LONG);
    }
}
