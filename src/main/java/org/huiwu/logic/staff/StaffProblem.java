package org.huiwu.logic.staff;

/**
 * Why a staff, pledge, staffing or assessment action was refused; each value names its message key,
 * whose text may take an argument {0} (a name, a date or a limit). Nothing was written when one is reported.
 */
public enum StaffProblem {
    NAME_MISSING("staff.problem.nameMissing"),
    TEXT_TOO_LONG("staff.problem.textTooLong"),
    NOT_FOUND("staff.problem.notFound"),
    PLEDGE_DATES("staff.problem.pledgeDates"),
    ALREADY_STAFFED("staff.problem.alreadyStaffed"),
    PLEDGE_MISSING("staff.problem.pledgeMissing"),
    PLEDGE_EXPIRED("staff.problem.pledgeExpired"),
    NO_ITEMS("staff.problem.noItems"),
    MAX_SCORE("staff.problem.maxScore"),
    SCORE_OUT_OF_RANGE("staff.problem.scoreOutOfRange"),
    SCORES_INCOMPLETE("staff.problem.scoresIncomplete"),
    /** The assessment form is a supervisor's; this login is an attendant's (decision 0048). */
    SUPERVISOR_ONLY("staff.problem.supervisorOnly"),
    /** During an outage, a login whose rights this laptop never learnt (decision 0048). */
    ROLE_UNKNOWN("staff.problem.roleUnknown"),
    /** Another laptop changed a post the editor also changed, since it was read (decision 0050); {0} names it. */
    POSTS_CHANGED("staff.problem.postsChanged");

    /** The longest name, grade, phone, zone or label accepted. */
    public static final int MAX_SHORT_TEXT = 100;
    /** The longest notes or duties accepted. */
    public static final int MAX_LONG_TEXT = 1000;

    private final String messageKey;

    StaffProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
