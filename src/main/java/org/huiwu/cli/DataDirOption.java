package org.huiwu.cli;

import java.nio.file.Path;
import java.time.Clock;

import org.huiwu.AppContext;
import org.huiwu.logic.settings.DataFolder;
import org.huiwu.model.StorageProblem;
import org.huiwu.i18n.I18n;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.DatabaseServer;
import org.huiwu.persistence.StoreLocation;
import org.huiwu.persistence.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --data-dir} option every command shares, and opening that folder: a command waits up to
 * {@link AppContext#BUSY_WAIT} for a database another process holds, saying once on standard error that it
 * waits, and command processes take turns on the folder ({@link CommandTurn}). With {@code --db-url} the records
 * are on a venue's PostgreSQL server instead (decision 0030): the folder keeps this laptop's files, and the server
 * serves many processes at once, so no turns are taken. The password and passphrase are read by
 * {@link CommandSecrets}. One instance per command invocation; confined to the calling thread.
 */
final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            descriptionKey = "cli.dataDir")
    private Path dataDir;

    @Option(names = "--passphrase-stdin",
            descriptionKey = "cli.passphraseStdin")
    private boolean passphraseFromStdin;

    @Option(names = "--db-url", paramLabel = "URL",
            descriptionKey = "cli.dbUrl")
    private String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", descriptionKey = "cli.dbUser")
    private String dbUser;

    @Option(names = "--db-root-cert", paramLabel = "FILE",
            descriptionKey = "cli.dbRootCert")
    private Path dbRootCert;

    private String passphrase;
    private DatabaseServer server;

    private static final Logger LOG = LoggerFactory.getLogger(DataDirOption.class);

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    private boolean toldWaiting;

    /** The data folder, without opening it. */
    Path resolve() {
        return DataFolder.resolve(dataDir);
    }

    /**
     * The data folder for work on its H2 file itself (encrypting, decrypting, restoring), refused with a
     * message when the records are on a venue server, whose files this laptop does not hold.
     */
    Path laptopFolder() {
        if (onServer()) {
            throw new CommandFailure(CliText.forSystemLocale().get("cli.db.laptopOnly"));
        }
        return resolve();
    }

    /**
     * Opens the data folder, runs the command's work on it and closes it; refused, with nothing done, while the
     * folder holds a 涉密 meeting but is neither encrypted nor covered by a supervisor's override (as the
     * window refuses to open it). When the database is handed
     * over between processes during the work (the process serving it ended, and another is taking it
     * over), the work fails with {@link StorageProblem#LOCKED} before it changed anything, and runs again
     * on a freshly opened folder, all within {@link AppContext#BUSY_WAIT}.
     */
    int use(Work work) throws Exception {
        return useEvenUnsettled(context -> {
            if (context.classifiedFolder().needsDecision()) {
                throw new CommandFailure(CliText.forSystemLocale().get("cli.classified.unsettled"));
            }
            return work.run(context);
        });
    }

    /**
     * As {@link #use}, also on a folder that holds a 涉密 meeting without being encrypted or overridden
     * (decision 0034): for the commands that settle it or keep it safe (encrypt, audit, backup) and for merge,
     * which says so when a bundle brought such a meeting.
     */
    int useEvenUnsettled(Work work) throws Exception {
        Path folder = DataFolder.resolve(dataDir);
        Database.requireNameable(folder);
        PrivateFiles.privateFolder(folder);
        if (onServer()) {
            try (AppContext context = open()) {
                return work.run(context);
            }
        }
        long deadline = System.nanoTime() + AppContext.BUSY_WAIT.toNanos();
        return CommandTurn.take(folder, deadline, this::tellWaiting, () -> useInTurn(work, deadline));
    }

    private int useInTurn(Work work, long deadline) throws Exception {
        while (true) {
            try (AppContext context = open()) {
                return work.run(context);
            } catch (RuntimeException e) {
                if (Database.problemOf(e).filter(p -> p == StorageProblem.LOCKED).isEmpty()
                        || System.nanoTime() - deadline > 0) {
                    throw e;
                }
                LOG.info("The database was handed over to another process during the command; running it again", e);
                tellWaiting();
                Thread.sleep(CommandTurn.RETRY_PAUSE_MILLIS);
            }
        }
    }

    /** The work of a command on the open data folder; returns the exit code. */
    @FunctionalInterface
    interface Work {
        int run(AppContext context) throws Exception;
    }

    private AppContext open() {
        Path folder = DataFolder.resolve(dataDir);
        return AppContext.open(folder, Clock.systemDefaultZone(), store(folder), AppContext.BUSY_WAIT,
                this::tellWaiting, AppContext.isEncrypted(folder) ? passphrase() : null);
    }

    /** Whether the command's records are on a venue server ({@code --db-url}) rather than in the folder. */
    boolean onServer() {
        return dbUrl != null;
    }

    /**
     * Where the command's records are: the folder's H2 file, or the venue server of {@code --db-url} with the
     * password of {@value CommandSecrets#DB_PASSWORD_VARIABLE} or, without it, asked on the console (never echoed,
     * never kept).
     */
    private StoreLocation store(Path folder) {
        if (dbUrl == null) {
            return StoreLocation.laptop(folder);
        }
        I18n i18n = CliText.forSystemLocale();
        if (!DatabaseServer.isServerUrl(dbUrl) || dbUser == null || dbUser.isBlank()) {
            throw new CommandFailure(i18n.get("cli.db.badServer"));
        }
        if (server == null) {
            server = new DatabaseServer(dbUrl, dbUser, CommandSecrets.serverPassword(i18n, dbUser, dbUrl), dbRootCert);
        }
        return server;
    }

    /**
     * The passphrase given for the run (the first line of standard input with {@code --passphrase-stdin}, else
     * {@value CommandSecrets#PASSPHRASE_VARIABLE}), read once; null when none was given.
     */
    String passphrase() {
        if (passphrase == null) {
            passphrase = CommandSecrets.passphrase(passphraseFromStdin);
        }
        return passphrase.isEmpty() ? null : passphrase;
    }

    private void tellWaiting() {
        if (!toldWaiting) {
            toldWaiting = true;
            command.commandLine().getErr().println(CliText.forSystemLocale().get("cli.waiting"));
            command.commandLine().getErr().flush();
        }
    }
}
