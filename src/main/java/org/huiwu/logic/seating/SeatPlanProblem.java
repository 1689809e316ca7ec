package org.huiwu.logic.seating;

/** Why a seat plan's blocks cannot be laid out; each value names its message key. */
public enum SeatPlanProblem {
    /** A block has no seats at all. {0} block name. */
    BLOCK_EMPTY("seating.problem.blockEmpty"),
    /** A count of a block is out of range. {0} block name, {1} the message key of what is counted, {2} lowest, {3} highest, {4} given. */
    BLOCK_SIZE_OUT_OF_RANGE("seating.problem.blockSize"),
    /** The whole plan would have more seats than one plan holds. {0} seats asked for, {1} the limit. */
    PLAN_TOO_LARGE("seating.problem.planTooLarge");

    private final String messageKey;

    SeatPlanProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
