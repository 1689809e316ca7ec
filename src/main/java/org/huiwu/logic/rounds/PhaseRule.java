package org.huiwu.logic.rounds;

import java.util.Set;

import org.huiwu.model.rounds.MeetingPhase;
import org.huiwu.model.rounds.MeetingState;

/**
 * In which states of the meeting each phase change may be made: the meeting starts once, breaks only while it
 * runs, resumes only from a break, ends while running or on a break, and a speaker's mark is set while it runs or is
 * on a break (and taken off after it ended too). One rule for the log ({@link ServiceLog}) and for a change made
 * during an outage when it is sent ({@link TeaServiceReplays}, decision 0048); and why a change is refused.
 * Stateless.
 */
final class PhaseRule {

    private PhaseRule() {
    }

    static Set<MeetingState> allowed(MeetingPhase phase) {
        return switch (phase) {
            case START -> Set.of(MeetingState.NOT_STARTED);
            case PAUSE -> Set.of(MeetingState.RUNNING);
            case RESUME -> Set.of(MeetingState.PAUSED);
            case END, SPEAKER_STARTED -> Set.of(MeetingState.RUNNING, MeetingState.PAUSED);
            case SPEAKER_ENDED -> Set.of(MeetingState.RUNNING, MeetingState.PAUSED, MeetingState.ENDED);
        };
    }

    /** Why {@code phase} may not be entered in {@code state} (one not {@link #allowed}), as the attendant is told. */
    static ServiceProblem refusal(MeetingPhase phase, MeetingState state) {
        return switch (state) {
            case NOT_STARTED -> ServiceProblem.MEETING_NOT_STARTED;
            case ENDED -> ServiceProblem.MEETING_ENDED;
            case PAUSED -> phase == MeetingPhase.START ? ServiceProblem.MEETING_ALREADY_STARTED
                    : ServiceProblem.MEETING_NOT_RUNNING;
            case RUNNING -> phase == MeetingPhase.START ? ServiceProblem.MEETING_ALREADY_STARTED
                    : ServiceProblem.MEETING_NOT_PAUSED;
        };
    }
}
