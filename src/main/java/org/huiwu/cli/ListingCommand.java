package org.huiwu.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.huiwu.AppContext;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that lists records of the data folder on standard output, one a line, its values tab-separated;
 * a tab or line break inside a value prints as a space, so each record stays one line a script can split.
 * Subclasses say which records ({@link #list}). Confined to the calling thread.
 */
abstract class ListingCommand implements Callable<Integer> {

    @Mixin
    private DataDirOption data;

    @Spec
    private CommandSpec spec;

    /** Where a listing writes its records. */
    @FunctionalInterface
    interface Lines {
        void print(String... values);
    }

    @Override
    public final Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        DataDirOption.Work work = context -> {
            list(context, values -> out.println(line(values)));
            return 0;
        };
        return evenUnsettled() ? data.useEvenUnsettled(work) : data.use(work);
    }

    /** Prints the records of the open data folder. */
    abstract void list(AppContext context, Lines out) throws Exception;

    /** Whether the listing runs on a folder whose encryption is not settled yet (the audit trail of it does). */
    boolean evenUnsettled() {
        return false;
    }

    static String line(String... values) {
        StringBuilder line = new StringBuilder();
        for (String value : values) {
            if (line.length() > 0) {
                line.append('\t');
            }
            line.append(value.replaceAll("[\\t\\r\\n]", " "));
        }
        return line.toString();
    }
}
