package org.huiwu.cli;

import java.util.Locale;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.model.Meeting;
import org.huiwu.ui.common.I18n;

/** Finds the meeting a command names, or fails the command with a one-line message. Stateless. */
final class MeetingLookup {

    private MeetingLookup() {
    }

    static Meeting require(AppContext context, UUID meetingId) {
        return context.meetings().find(meetingId).orElseThrow(() -> new CommandFailure(
                cliText().format("cli.meetingNotFound", meetingId.toString())));
    }

    /** The texts of the command line, in Chinese on a Chinese system and English elsewhere. */
    static I18n cliText() {
        return new I18n(Locale.getDefault().getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    }
}
