package org.huiwu.logic.checklists;

/** A checklist action was refused for the given problem; nothing was written. */
public final class ChecklistRejectedException extends RuntimeException {

    private final ChecklistProblem problem;

    public ChecklistRejectedException(ChecklistProblem problem) {
        super(problem.name());
        this.problem = problem;
    }

    public ChecklistProblem problem() {
        return problem;
    }

    /** The text stripped; refused when blank or too long. */
    static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new ChecklistRejectedException(ChecklistProblem.TEXT_MISSING);
        }
        return optionalText(text, ChecklistProblem.MAX_TEXT);
    }

    /** The text stripped (empty for null); refused when longer than {@code max}. */
    static String optionalText(String text, int max) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() > max) {
            throw new ChecklistRejectedException(ChecklistProblem.TEXT_TOO_LONG);
        }
        return stripped;
    }
}
