package org.huiwu.logic.meetings;

import java.util.List;

/** A meeting was not saved because of the listed problems; nothing was written. */
public final class MeetingRejectedException extends RuntimeException {

    private final transient List<MeetingProblem> problems;

    public MeetingRejectedException(List<MeetingProblem> problems) {
        super("meeting rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<MeetingProblem> problems() {
        return problems;
    }
}
