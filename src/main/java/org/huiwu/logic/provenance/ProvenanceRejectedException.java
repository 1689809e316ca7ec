package org.huiwu.logic.provenance;

/** A check or a correction was refused for the given problem; nothing was written. */
public final class ProvenanceRejectedException extends RuntimeException {

    private final ProvenanceProblem problem;

    public ProvenanceRejectedException(ProvenanceProblem problem) {
        super(problem.name());
        this.problem = problem;
    }

    public ProvenanceProblem problem() {
        return problem;
    }

    /** The text stripped; refused with {@code missing} when blank, or when longer than {@code max}. */
    public static String require(String text, ProvenanceProblem missing, int max) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new ProvenanceRejectedException(missing);
        }
        if (stripped.length() > max) {
            throw new ProvenanceRejectedException(ProvenanceProblem.TEXT_TOO_LONG);
        }
        return stripped;
    }
}
