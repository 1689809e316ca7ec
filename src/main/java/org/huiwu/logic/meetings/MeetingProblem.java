package org.huiwu.logic.meetings;

import java.util.ArrayList;
import java.util.List;

import org.huiwu.model.Meeting;

/**
 * What can be wrong with a meeting the attendant entered; each value names its message key.
 * An end time before the start time is allowed: the meeting runs past midnight.
 */
public enum MeetingProblem {
    TITLE_MISSING("meeting.problem.titleMissing"),
    TITLE_TOO_LONG("meeting.problem.titleTooLong"),
    EXPECTED_NEGATIVE("meeting.problem.expectedNegative"),
    TEXT_TOO_LONG("meeting.problem.textTooLong");

    /** The longest title accepted. */
    public static final int MAX_TITLE = 500;
    /** The longest venue, organisation or notes text accepted. */
    public static final int MAX_TEXT = 500;
    /** The longest notes accepted. */
    public static final int MAX_NOTES = 4000;

    private final String messageKey;

    MeetingProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Every problem of the meeting, empty when it can be saved. */
    public static List<MeetingProblem> check(Meeting meeting) {
        List<MeetingProblem> problems = new ArrayList<>();
        if (meeting.title().isBlank()) {
            problems.add(TITLE_MISSING);
        } else if (meeting.title().length() > MAX_TITLE) {
            problems.add(TITLE_TOO_LONG);
        }
        if (meeting.expectedAttendees() < 0) {
            problems.add(EXPECTED_NEGATIVE);
        }
        boolean tooLong = List.of(meeting.venue(), meeting.hostOrganisation(), meeting.organisingOrganisation())
                .stream().anyMatch(text -> text.length() > MAX_TEXT)
                || meeting.notes().length() > MAX_NOTES
                || meeting.agenda().stream().anyMatch(item -> item.title().length() > MAX_TEXT);
        if (tooLong) {
            problems.add(TEXT_TOO_LONG);
        }
        return problems;
    }
}
