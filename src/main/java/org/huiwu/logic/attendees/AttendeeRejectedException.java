package org.huiwu.logic.attendees;

import java.util.List;

/** An attendee (or an import) was not saved because of the listed problems; nothing was written. */
public final class AttendeeRejectedException extends RuntimeException {

    private final transient List<AttendeeProblem> problems;

    public AttendeeRejectedException(List<AttendeeProblem> problems) {
        super("attendee rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<AttendeeProblem> problems() {
        return problems;
    }
}
