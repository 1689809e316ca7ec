package org.huiwu.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import org.huiwu.logic.export.Backups;
import org.huiwu.model.StorageUnavailableException;
import org.huiwu.persistence.Database;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.i18n.I18n;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level {@code huiwu} command and its sub-commands, run from the same jar as the window.
 * Exit codes: 0 success, 2 bad usage (one line: what is wrong and the {@code --help} to read), 1 failure
 * with a one-line message on standard error in the user's language (the log keeps the details). Confined to the calling thread.
 */
@Command(name = "huiwu", mixinStandardHelpOptions = true, version = "Huiwu 0.1",
        subcommands = {SampleCommand.class, MeetingsCommand.class, AttendeesCommand.class, ImportCommand.class,
            SeatOrderCommand.class, SeatChartCommand.class, NameCardsCommand.class, ExportCommand.class,
            VerifyCommand.class, MergeCommand.class, BackupCommand.class, RestoreCommand.class,
            EncryptCommand.class, DecryptCommand.class, VenueSetupCommand.class, AuditCommand.class})
public final class HuiwuCommand implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(HuiwuCommand.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                spec.resourceBundle().getString("cli.usage.missingCommand"));
    }

    /** Runs the command line and returns its exit code; output goes to the process's streams. */
    public static int run(String... args) {
        Charset charset = CliText.outputCharset();
        return run(new PrintWriter(new OutputStreamWriter(System.out, charset), true),
                new PrintWriter(new OutputStreamWriter(System.err, charset), true), args);
    }

    /** Runs the command line with the given streams, for tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        I18n i18n = CliText.forSystemLocale();
        CommandLine commandLine = withHelpIn(i18n.locale());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((failure, arguments) -> {
            CommandLine failed = failure.getCommandLine();
            LOG.info("Bad usage of {}: {}", failed.getCommandName(), failure.getMessage());
            failed.getErr().println(UsageErrors.describe(failure) + " (" + failed.getCommandSpec().qualifiedName()
                    + " --help)");
            failed.getErr().flush();
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
        commandLine.setExecutionExceptionHandler((failure, line, parsed) -> {
            LOG.warn("Command {} failed", parsed.subcommand() == null ? "huiwu" : parsed.subcommand().commandSpec().name(),
                    failure);
            line.getErr().println(oneLine(failure, i18n));
            line.getErr().flush();
            return 1;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The command tree with its help in {@code locale}'s language. */
    static CommandLine withHelpIn(java.util.Locale locale) {
        CommandLine commandLine = new CommandLine(new HuiwuCommand());
        new CommandHelp(locale).applyTo(commandLine);
        return commandLine;
    }

    /** Picocli's message on one line, without the Java exception it quotes for a value it could not convert. */
    static String usageLine(String message) {
        return String.valueOf(message).replaceAll("\\s*\\([\\w.$]+(Exception|Error)(: [^)]*)?\\)", "").replace('\n', ' ')
                .strip();
    }

    private static String oneLine(Exception failure, I18n i18n) {
        if (failure instanceof CommandFailure commandFailure) {
            return commandFailure.getMessage();
        }
        if (failure instanceof StorageUnavailableException unavailable) {
            return new FailureMessages(i18n, Database::problemOf).startup(unavailable.problem(),
                    unavailable.dataDir(), Backups.latestIn(unavailable.dataDir())).replace('\n', ' ');
        }
        return new FailureMessages(i18n, Database::problemOf).describe(failure).replace('\n', ' ');
    }
}
