package org.huiwu.cli;

import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.model.Meeting;

/** Finds the meeting a command names, or fails the command with a one-line message. Stateless. */
final class MeetingLookup {

    private MeetingLookup() {
    }

    static Meeting require(AppContext context, UUID meetingId) {
        return context.meetings().find(meetingId).orElseThrow(() -> new CommandFailure(
                CliText.forSystemLocale().format("cli.meetingNotFound", meetingId.toString())));
    }

}
