package org.huiwu.cli;

import org.huiwu.AppContext;
import org.huiwu.model.Meeting;
import picocli.CommandLine.Command;

/** {@code meetings}: lists meetings, one per line: id, date, title (tab-separated). */
@Command(name = "meetings", mixinStandardHelpOptions = true)
final class MeetingsCommand extends ListingCommand {

    @Override
    void list(AppContext context, Lines out) {
        for (Meeting meeting : context.meetings().list()) {
            out.print(meeting.id().toString(), String.valueOf(meeting.date()), String.valueOf(meeting.title()));
        }
    }
}
