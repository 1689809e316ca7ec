package org.huiwu.model.rounds;

/** Where the meeting stands, as far as the tea timers are concerned. */
public enum MeetingState {
    NOT_STARTED,
    RUNNING,
    PAUSED,
    ENDED
}
