package org.huiwu.logic.incidents;

/** A file could not be attached or opened for the given problem; no record was written. */
public final class AttachmentRejectedException extends RuntimeException {

    private final AttachmentProblem problem;

    public AttachmentRejectedException(AttachmentProblem problem, Throwable cause) {
        super(problem.name(), cause);
        this.problem = problem;
    }

    public AttachmentRejectedException(AttachmentProblem problem) {
        this(problem, null);
    }

    public AttachmentProblem problem() {
        return problem;
    }
}
