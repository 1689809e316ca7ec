package org.huiwu.logic.rounds;

/** Why a tea-service plan or action was refused; each value names its message key. */
public enum ServiceProblem {
    /** The refill interval is out of range. {0} given, {1} lowest, {2} highest. */
    INTERVAL_OUT_OF_RANGE("rounds.problem.interval"),
    /** A block's own interval is out of range. {0} given, {1} lowest, {2} highest. */
    BLOCK_INTERVAL_OUT_OF_RANGE("rounds.problem.blockInterval"),
    /** An interval is set for a block the seat plan does not have. */
    UNKNOWN_BLOCK("rounds.problem.unknownBlock"),
    /** The due-soon warning is negative or not shorter than the interval. {0} given, {1} the shortest interval. */
    DUE_SOON_OUT_OF_RANGE("rounds.problem.dueSoon"),
    /** A zone has no attendant's name. */
    ZONE_WITHOUT_ATTENDANT("rounds.problem.zoneAttendant"),
    /** A zone holds seats the seat plan does not have. {0} attendant, {1} how many seats. */
    ZONE_UNKNOWN_SEAT("rounds.problem.zoneUnknownSeat"),
    /** A seat is in two zones. {0} first attendant, {1} second attendant. */
    SEAT_IN_TWO_ZONES("rounds.problem.seatInTwoZones"),
    /** A late entry lies too far back or not in the past. {0} given, {1} the most minutes allowed. */
    LATE_ENTRY_OUT_OF_RANGE("rounds.problem.lateEntry"),
    /** The meeting was started already. */
    MEETING_ALREADY_STARTED("rounds.problem.alreadyStarted"),
    /** The meeting has not started yet. */
    MEETING_NOT_STARTED("rounds.problem.notStarted"),
    /** A break needs the meeting running. */
    MEETING_NOT_RUNNING("rounds.problem.notRunning"),
    /** Resuming needs a break. */
    MEETING_NOT_PAUSED("rounds.problem.notPaused"),
    /** The meeting has ended. */
    MEETING_ENDED("rounds.problem.ended"),
    /** The round is closed already or does not exist. {0} round number. */
    ROUND_NOT_OPEN("rounds.problem.roundNotOpen"),
    /** The zone has no seat to serve now (none occupied, present, in scope and not declined). */
    ROUND_WITHOUT_SEATS("rounds.problem.roundWithoutSeats"),
    /** The seat has no pour left to take back. */
    NO_POUR_TO_UNDO("rounds.problem.noPourToUndo"),
    /** The venue server cannot be reached and this laptop never read the meeting's tea log (decision 0046). */
    TEA_LOG_NEEDS_SERVER("rounds.problem.teaLogNeedsServer");

    private final String messageKey;

    ServiceProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
