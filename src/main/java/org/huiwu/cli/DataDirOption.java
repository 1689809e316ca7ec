package org.huiwu.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 * waits. With {@code --db-url} the records are on a venue's PostgreSQL server instead (decision 0030): the
 * folder keeps this laptop's files, and the server serves many processes at once, so no turns are taken. One instance per command invocation; confined to the calling thread.
 */
final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data folder (default: the per-user folder, or -Dhuiwu.data).")
    private Path dataDir;

    @Option(names = "--passphrase-stdin",
            description = "Read the passphrase of an encrypted data folder from the first line of standard input"
                    + " (else the environment variable HUIWU_PASSPHRASE is used).")
    private boolean passphraseFromStdin;

    @Option(names = "--db-url", paramLabel = "URL",
            description = "Keep the records on a venue's PostgreSQL server instead of this laptop's folder:"
                    + " jdbc:postgresql://HOST:PORT/DB (the password from HUIWU_DB_PASSWORD, else asked).")
    private String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "The login on the venue server.")
    private String dbUser;

    @Option(names = "--db-root-cert", paramLabel = "FILE",
            description = "The venue's TLS root certificate: the connection is then encrypted and checked (verify-full).")
    private Path dbRootCert;

    /** The environment variable that may hold the venue server's password, for scripts. */
    static final String DB_PASSWORD_VARIABLE = "HUIWU_DB_PASSWORD";

    /** The environment variable that may hold the passphrase of an encrypted data folder. */
    static final String PASSPHRASE_VARIABLE = "HUIWU_PASSPHRASE";

    private String passphrase;
    private DatabaseServer server;

    private static final Logger LOG = LoggerFactory.getLogger(DataDirOption.class);
    private static final long RETRY_PAUSE_MILLIS = 250;
    /** The file in the data folder whose OS lock gives one command process at a time its turn. */
    static final String TURN_FILE = ".huiwu-command.lock";

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
        FileChannel turn;
        try {
            turn = FileChannel.open(folder.resolve(TURN_FILE), java.util.Set.of(StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE), PrivateFiles.fileAttributes(folder.resolve(TURN_FILE)));
        } catch (IOException e) {
            LOG.info("No turn file in {} (the folder may be read-only); working without taking turns", folder, e);
            return useInTurn(work, deadline);
        }
        try (turn; FileLock held = awaitTurn(turn, deadline)) {
            return useInTurn(work, deadline);
        }
    }

    /**
     * Waits (bounded) until no other command process works on the folder: commands take turns, so the
     * database is never handed over between two of them in the middle of one's work. The window takes no
     * turn; a command works through it while it is open.
     */
    private FileLock awaitTurn(FileChannel turn, long deadline) throws IOException, InterruptedException {
        while (true) {
            FileLock lock;
            try {
                lock = turn.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() - deadline > 0) {
                return null;
            }
            tellWaiting();
            Thread.sleep(RETRY_PAUSE_MILLIS);
        }
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
                Thread.sleep(RETRY_PAUSE_MILLIS);
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
     * password of {@value #DB_PASSWORD_VARIABLE} or, without it, asked on the console (never echoed, never kept).
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
            server = new DatabaseServer(dbUrl, dbUser, serverPassword(i18n, dbUser, dbUrl), dbRootCert);
        }
        return server;
    }

    /** The venue server's password: {@value #DB_PASSWORD_VARIABLE}, else typed on the console without echo. */
    static String serverPassword(I18n i18n, String user, String url) {
        String password = System.getenv(DB_PASSWORD_VARIABLE);
        if (password != null) {
            return password;
        }
        java.io.Console console = System.console();
        if (console == null) {
            throw new CommandFailure(i18n.format("cli.db.noPassword", DB_PASSWORD_VARIABLE));
        }
        char[] typed = console.readPassword("%s", i18n.format("cli.db.password", user, url));
        return typed == null ? "" : new String(typed);
    }

    /**
     * The passphrase given for the run (the first line of standard input with {@code --passphrase-stdin}, else
     * {@value #PASSPHRASE_VARIABLE}), read once; null when none was given.
     */
    String passphrase() {
        if (passphrase == null) {
            if (passphraseFromStdin) {
                try {
                    String line = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                            java.nio.charset.StandardCharsets.UTF_8)).readLine();
                    passphrase = line == null ? "" : line;
                } catch (IOException e) {
                    passphrase = "";
                }
            } else {
                String variable = System.getenv(PASSPHRASE_VARIABLE);
                passphrase = variable == null ? "" : variable;
            }
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
