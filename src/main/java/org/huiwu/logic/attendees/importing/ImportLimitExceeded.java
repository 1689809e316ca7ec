package org.huiwu.logic.attendees.importing;

/**
 * Thrown from inside a parser (a row callback or the stream it reads) when a file passes one of the import's
 * size limits, so that the parse stops at once; {@link AttendeeFileReader} turns it into an
 * {@link ImportFileException} with the problem it carries. Immutable.
 */
final class ImportLimitExceeded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ImportProblem problem;

    ImportLimitExceeded(ImportProblemCode code, long limit) {
        super(code + " " + limit, null, false, false);
        this.problem = ImportProblem.ofFile(code, limit);
    }

    ImportProblem problem() {
        return problem;
    }

    /** The limit exception among a failure's causes (parsers may wrap it), or null. */
    static ImportLimitExceeded in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ImportLimitExceeded exceeded) {
                return exceeded;
            }
        }
        return null;
    }
}
