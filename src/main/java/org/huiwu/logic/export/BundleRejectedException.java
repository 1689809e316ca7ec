package org.huiwu.logic.export;

import java.nio.file.Path;

/**
 * A bundle failed its checks; nothing was imported from it. Carries the reason, the file, a detail and, for a
 * size limit, the limit.
 */
public final class BundleRejectedException extends RuntimeException {

    private final transient BundleProblem problem;
    private final transient Path file;
    private final String detail;
    private final long limit;

    public BundleRejectedException(BundleProblem problem, Path file, String detail, Throwable cause) {
        this(problem, file, detail, 0, cause);
    }

    /** A refusal by a size limit: {@code limit} in megabytes, or in files for {@link BundleProblem#TOO_MANY_FILES}. */
    public BundleRejectedException(BundleProblem problem, Path file, String detail, long limit, Throwable cause) {
        super(problem + ": " + file + (detail.isEmpty() ? "" : " (" + detail + ")"), cause);
        this.problem = problem;
        this.file = file;
        this.detail = detail;
        this.limit = limit;
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

    /** The arguments of the problem's message: the bundle, the detail, the limit. */
    public Object[] messageArguments() {
        return new Object[] {file.toString(), detail, limit};
    }
}
