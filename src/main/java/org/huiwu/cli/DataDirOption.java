package org.huiwu.cli;

import java.nio.file.Path;
import java.time.Clock;

import org.huiwu.AppContext;
import org.huiwu.logic.settings.DataFolder;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --data-dir} option every command shares, and opening that folder: a command waits up to
 * {@link AppContext#BUSY_WAIT} for a database another process holds, saying once on standard error that it
 * waits.
 */
final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data folder (default: the per-user folder, or -Dhuiwu.data).")
    private Path dataDir;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /** The data folder, without opening it. */
    Path resolve() {
        return DataFolder.resolve(dataDir);
    }

    /** Opens the data folder; the caller closes the context. */
    AppContext open() {
        return AppContext.open(DataFolder.resolve(dataDir), Clock.systemDefaultZone(), AppContext.BUSY_WAIT, () -> {
            command.commandLine().getErr().println(CliText.forSystemLocale().get("cli.waiting"));
            command.commandLine().getErr().flush();
        });
    }
}
