package org.huiwu.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.huiwu.AppContext;
import org.huiwu.model.Meeting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code meetings}: lists meetings, one per line: id, date, title (tab-separated). */
@Command(name = "meetings", mixinStandardHelpOptions = true,
        description = "Lists meetings, one per line: id, date, title (tab-separated).")
final class MeetingsCommand implements Callable<Integer> {

    @Mixin
    private DataDirOption data;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        return data.use(context -> {
            for (Meeting meeting : context.meetings().list()) {
                out.println(meeting.id() + "\t" + meeting.date() + "\t" + meeting.title());
            }
            return 0;
        });
    }
}
