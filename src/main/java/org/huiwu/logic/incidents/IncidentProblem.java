package org.huiwu.logic.incidents;

/**
 * Why an incident, checklist, left-item or document-recovery action was refused; each value names its
 * message key. Nothing was written when one is reported.
 */
public enum IncidentProblem {
    NOT_FOUND("incident.problem.notFound"),
    TYPE_MISSING("incident.problem.typeMissing"),
    VOIDED("incident.problem.voided"),
    CLOSED("incident.problem.closed"),
    STATUS_BACKWARDS("incident.problem.statusBackwards"),
    REASON_MISSING("incident.problem.reasonMissing"),
    TEXT_TOO_LONG("incident.problem.textTooLong"),
    TYPE_LOCKED("incident.problem.typeLocked"),
    STEP_UNKNOWN("incident.problem.stepUnknown"),
    STEP_ALREADY_DONE("incident.problem.stepAlreadyDone"),
    PROCEDURE_EMPTY("incident.problem.procedureEmpty"),
    CHANGED_MEANWHILE("incident.problem.changedMeanwhile"),
    ITEM_MISSING_TEXT("incident.problem.itemMissingText"),
    ITEM_ALREADY_RETURNED("incident.problem.itemAlreadyReturned"),
    /** Marked returned on another laptop while this one handed the item over (decision 0050). */
    ITEM_RETURNED_ELSEWHERE("incident.problem.itemReturnedElsewhere"),
    DOCUMENT_TITLE_MISSING("incident.problem.documentTitleMissing"),
    NO_RECIPIENTS("incident.problem.noRecipients"),
    RECOVERY_CLOSED("incident.problem.recoveryClosed");

    /** The longest description or procedure step accepted. */
    public static final int MAX_DESCRIPTION = 4000;
    /** The longest location, item or title text accepted. */
    public static final int MAX_TEXT = 500;
    /** The longest reason (void, skip) accepted. */
    public static final int MAX_REASON = 1000;
    /** The longest person name accepted. */
    public static final int MAX_NAME = 200;

    private final String messageKey;

    IncidentProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
