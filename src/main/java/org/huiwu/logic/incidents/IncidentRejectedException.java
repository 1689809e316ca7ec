package org.huiwu.logic.incidents;

/** An incident-related action was refused for the given problem; nothing was written. */
public final class IncidentRejectedException extends RuntimeException {

    private final IncidentProblem problem;

    public IncidentRejectedException(IncidentProblem problem) {
        super(problem.name());
        this.problem = problem;
    }

    public IncidentProblem problem() {
        return problem;
    }

    /** Throws {@code problem} when {@code text} is longer than {@code max}. */
    static void checkLength(String text, int max) {
        if (text != null && text.length() > max) {
            throw new IncidentRejectedException(IncidentProblem.TEXT_TOO_LONG);
        }
    }

    /** Throws {@link IncidentProblem#REASON_MISSING} for a blank reason, and checks its length. */
    static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IncidentRejectedException(IncidentProblem.REASON_MISSING);
        }
        checkLength(reason.strip(), IncidentProblem.MAX_REASON);
        return reason.strip();
    }
}
