package org.huiwu.logic.attendees;

import java.util.ArrayList;
import java.util.List;

import org.huiwu.model.Attendee;

/** What can be wrong with an attendee as entered; each value names its message key. */
public enum AttendeeProblem {
    NAME_MISSING("attendee.problem.nameMissing"),
    NAME_TOO_LONG("attendee.problem.nameTooLong"),
    TEXT_TOO_LONG("attendee.problem.textTooLong"),
    RANK_NOT_POSITIVE("attendee.problem.rankNotPositive");

    private final String messageKey;

    AttendeeProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Every problem of the attendee, empty when it can be saved. */
    public static List<AttendeeProblem> check(Attendee attendee) {
        List<AttendeeProblem> problems = new ArrayList<>();
        if (attendee.name().isBlank()) {
            problems.add(NAME_MISSING);
        } else if (attendee.name().length() > Attendee.MAX_NAME_LENGTH) {
            problems.add(NAME_TOO_LONG);
        }
        if (attendee.organisation().length() > Attendee.MAX_TEXT_LENGTH
                || attendee.position().length() > Attendee.MAX_TEXT_LENGTH
                || attendee.notes().length() > 2000) {
            problems.add(TEXT_TOO_LONG);
        }
        if (attendee.rank() < 1) {
            problems.add(RANK_NOT_POSITIVE);
        }
        return problems;
    }
}
