package org.huiwu.cli;

import java.util.concurrent.Callable;

import org.huiwu.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sample}: creates the sample meeting (once) and prints its id. */
@Command(name = "sample", mixinStandardHelpOptions = true)
final class SampleCommand implements Callable<Integer> {

    @Mixin
    private DataDirOption data;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return data.use(context -> {
            spec.commandLine().getOut().println(context.sampleMeeting().ensure());
            return 0;
        });
    }
}
