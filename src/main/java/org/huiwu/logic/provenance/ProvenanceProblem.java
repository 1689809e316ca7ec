package org.huiwu.logic.provenance;

/** Why a check or a correction was refused; the constant carries the bundle key of the sentence shown. */
public enum ProvenanceProblem {
    CLAUSE_MISSING("sources.problem.clauseMissing"),
    CHECKER_MISSING("sources.problem.checkerMissing"),
    TEXT_MISSING("sources.problem.textMissing"),
    TEXT_TOO_LONG("sources.problem.textTooLong");

    /** The longest clause or name kept. */
    public static final int MAX_SHORT = 200;
    /** The longest caption, key point or mistake kept. */
    public static final int MAX_TEXT = 1000;

    private final String messageKey;

    ProvenanceProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
