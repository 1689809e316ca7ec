package org.huiwu.logic.attendees.importing;

/**
 * Thrown when a file cannot be read as an attendee list at all (empty, binary junk, damaged, locked).
 * Carries a typed {@link ImportProblem} for the UI to translate; the message is for the log only.
 * Immutable after construction.
 */
public final class ImportFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ImportProblem problem;

    public ImportFileException(ImportProblem problem, Throwable cause) {
        super(problem.code() + " " + problem.arguments(), cause);
        this.problem = problem;
    }

    public ImportFileException(ImportProblemCode code, Object... arguments) {
        this(ImportProblem.ofFile(code, arguments), null);
    }

    public ImportProblem problem() {
        return problem;
    }
}
