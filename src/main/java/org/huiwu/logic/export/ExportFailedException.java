package org.huiwu.logic.export;

import java.nio.file.Path;

/** An export stopped; the partial file was removed. Carries the reason and the file concerned. */
public final class ExportFailedException extends RuntimeException {

    private final transient ExportProblem problem;
    private final transient Path file;

    public ExportFailedException(ExportProblem problem, Path file, Throwable cause) {
        super(problem + (file == null ? "" : ": " + file), cause);
        this.problem = problem;
        this.file = file;
    }

    public ExportProblem problem() {
        return problem;
    }

    /** The file that could not be written, or null when the export was cancelled before any. */
    public Path file() {
        return file;
    }
}
