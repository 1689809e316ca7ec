package org.huiwu.logic.export;

import java.nio.file.Path;

/** A bundle failed its checks; nothing was imported from it. Carries the reason, the file and a detail. */
public final class BundleRejectedException extends RuntimeException {

    private final transient BundleProblem problem;
    private final transient Path file;
    private final String detail;

    public BundleRejectedException(BundleProblem problem, Path file, String detail, Throwable cause) {
        super(problem + ": " + file + (detail.isEmpty() ? "" : " (" + detail + ")"), cause);
        this.problem = problem;
        this.file = file;
        this.detail = detail;
    }

    public BundleProblem problem() {
        return problem;
    }

    public Path file() {
        return file;
    }

    /** The file inside the bundle or the version concerned; may be empty. */
    public String detail() {
        return detail;
    }
}
