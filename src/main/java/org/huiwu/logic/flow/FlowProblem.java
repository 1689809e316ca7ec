package org.huiwu.logic.flow;

/**
 * Why a flow action was refused; the constant carries the bundle key of the sentence shown. The economy
 * and confidentiality refusals name their rule in that sentence.
 */
public enum FlowProblem {
    TEXT_MISSING("flow.problem.textMissing"),
    TEXT_TOO_LONG("flow.problem.textTooLong"),
    NOT_FOUND("flow.problem.notFound"),
    ROOM_NAME_TAKEN("flow.problem.roomNameTaken"),
    ROOM_RETIRED("flow.problem.roomRetired"),
    BAD_NUMBER("flow.problem.badNumber"),
    BAD_TIMES("flow.problem.badTimes"),
    DOUBLE_BOOKING("flow.problem.doubleBooking"),
    ALREADY_A_MEETING("flow.problem.alreadyMeeting"),
    BOOKING_CANCELLED("flow.problem.bookingCancelled"),
    ECONOMY_FLOWERS("flow.problem.economyFlowers"),
    ECONOMY_FRUIT("flow.problem.economyFruit"),
    CLASSIFIED_WIRELESS("flow.problem.classifiedWireless"),
    STAGE_OPEN_ITEMS("flow.problem.stageOpenItems"),
    OVERRIDE_REASON("flow.problem.overrideReason"),
    OVERRIDE_SUPERVISOR("flow.problem.overrideSupervisor"),
    ALREADY_CLOSED("flow.problem.alreadyClosed"),
    NAME_MISSING("flow.problem.nameMissing"),
    /** The stage checklist template is a supervisor's; this login is an attendant's (decision 0048). */
    SUPERVISOR_ONLY("flow.problem.supervisorOnly"),
    /** During an outage, a login whose rights this laptop never learnt (decision 0048). */
    ROLE_UNKNOWN("flow.problem.roleUnknown");

    /** The longest note, reason or item text kept. */
    public static final int MAX_TEXT = 500;
    /** The longest name kept. */
    public static final int MAX_NAME = 200;

    private final String messageKey;

    FlowProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
