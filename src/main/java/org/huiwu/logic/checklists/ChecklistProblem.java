package org.huiwu.logic.checklists;

/** Why a checklist action was refused; the constant carries the bundle key of the sentence shown. */
public enum ChecklistProblem {
    TEXT_MISSING("checklist.problem.textMissing"),
    TEXT_TOO_LONG("checklist.problem.textTooLong"),
    NOT_FOUND("checklist.problem.notFound"),
    RETIRED("checklist.problem.retired"),
    /** The venue login is not a supervisor's: only supervisors change the template (decisions 0030, 0045). */
    SUPERVISOR_ONLY("checklist.problem.supervisorOnly"),
    /** During an outage, and the laptop never learnt from the server whether this login may change the template. */
    ROLE_UNKNOWN("checklist.problem.roleUnknown"),
    /** Another laptop reordered, retired or changed the items a move renumbers since the editor read them (0050). */
    ORDER_CHANGED("checklist.problem.orderChanged");

    /** The longest item text or note kept. */
    public static final int MAX_TEXT = 500;
    /** The longest name kept. */
    public static final int MAX_NAME = 200;

    private final String messageKey;

    ChecklistProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
