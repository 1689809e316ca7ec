package org.huiwu.model.rounds;

/** A change in the meeting's course that starts or stops the tea timers. */
public enum MeetingPhase {
    /** The meeting opens: timers run from here. */
    START,
    /** A break (休会): every timer stops. */
    PAUSE,
    /** The meeting goes on after a break. */
    RESUME,
    /** The meeting closes: every timer stops for good. */
    END,
    /** Someone starts speaking: that seat's timer stops and the seat is not to be disturbed. */
    SPEAKER_STARTED,
    /** The speaker has finished: that seat's timer runs again. */
    SPEAKER_ENDED;

    /** Whether the phase concerns one seat rather than the whole meeting. */
    public boolean isSpeaker() {
        return this == SPEAKER_STARTED || this == SPEAKER_ENDED;
    }
}
