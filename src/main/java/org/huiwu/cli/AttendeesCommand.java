package org.huiwu.cli;

import java.io.PrintWriter;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.huiwu.AppContext;
import org.huiwu.model.Attendee;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code attendees}: a meeting's attendees in precedence order: rank, name, organisation, position. */
@Command(name = "attendees", mixinStandardHelpOptions = true)
final class AttendeesCommand implements Callable<Integer> {

    @Mixin
    private DataDirOption data;

    @Option(names = "--meeting", required = true, paramLabel = "ID", descriptionKey = "cli.meeting")
    private UUID meetingId;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        return data.use(context -> {
            MeetingLookup.require(context, meetingId);
            for (Attendee a : context.roster().list(meetingId)) {
                out.println(a.rank() + "\t" + a.name() + "\t" + a.organisation() + "\t" + a.position());
            }
            return 0;
        });
    }
}
