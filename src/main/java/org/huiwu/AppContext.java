package org.huiwu;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.Backups;
import org.huiwu.logic.export.BundleMerger;
import org.huiwu.logic.export.MeetingExports;
import org.huiwu.logic.export.MeetingTrends;
import org.huiwu.logic.export.SigningKey;
import org.huiwu.logic.export.TrustedSigners;
import org.huiwu.logic.privacy.ClassifiedFolder;
import org.huiwu.logic.privacy.ConfidentialExports;
import org.huiwu.logic.settings.BackupPolicy;
import org.huiwu.persistence.ClassifiedOverrideDao;
import org.huiwu.persistence.ConfidentialExportDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.FileCipher;
import org.huiwu.persistence.LocalOutbox;
import org.huiwu.persistence.StoreLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root below the UI: the one place that opens the database of a data folder, with the clock and
 * the background thread for database work, and builds every DAO and logic object on it ({@link AppServices}, which
 * it extends and hands out). It adds what belongs to the folder itself: its files' cipher, the signing key and
 * bundles, backups ({@link DataFolderCare}), the outbox of a venue server, the 涉密 rule and closing.
 * The window and the command line both start from here.
 *
 * <p>Built off the FX thread (it migrates the database). {@link #close()} stops the database thread
 * without interrupting it (it may be inside H2), then closes the database.
 */
public final class AppContext extends AppServices implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    private final Path dataDir;
    /** Records made while the venue server is unreachable (decision 0031), and their sending. */
    private final VenueOutbox venueOutbox;
    private final ExecutorService databaseWorker;
    private final DataFolderCare care;
    private final FileCipher cipher;

    private AppContext(Path dataDir, Clock clock, Database database, String passphrase) {
        this(dataDir, clock, database, passphrase, FileCipher.forFolder(dataDir, passphrase),
                database.engine() == Database.Engine.POSTGRESQL ? LocalOutbox.open(dataDir) : null);
    }

    private AppContext(Path dataDir, Clock clock, Database database, String passphrase, FileCipher cipher,
            LocalOutbox outbox) {
        super(dataDir, clock, database, cipher, outbox);
        this.dataDir = dataDir;
        this.cipher = cipher;
        this.venueOutbox = outbox == null ? VenueOutbox.NONE
                : VenueOutbox.of(outbox, database, serviceLog(), offline());
        this.databaseWorker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "huiwu-database");
            thread.setDaemon(true);
            return thread;
        });
        this.care = new DataFolderCare(database, dataDir, passphrase, cipher, clock,
                () -> preferences().attendantName());
        care.sealPlainAttachments();
        incidents().attachments().clearOpened();
    }

    /**
     * Attaches every DAO handed out so far on a daemon thread of its own (decision 0023), so that the first use of
     * a feature does not pay for it. The window calls it once its meeting list has been laid out (decision 0035):
     * attaching while the folder opened took the processors from the opening's last steps and the list's first
     * layout. The command line does not call it.
     */
    public void attachDaosAhead() {
        database().attachInBackground();
    }

    /** The cipher of the folder's files beside the database (attachments); {@link FileCipher#NONE} when not encrypted. */
    public FileCipher fileCipher() {
        return cipher;
    }

    /** How long the window and the commands wait for a database another process holds. */
    public static final Duration BUSY_WAIT = Duration.ofSeconds(30);

    /** Opens the data folder (creating and migrating its database as needed); fails at once when it is busy. */
    public static AppContext open(Path dataDir, Clock clock) {
        return new AppContext(dataDir, clock, Database.open(dataDir), null);
    }

    /**
     * Opens the data folder, waiting up to {@code wait} while another process holds its database;
     * {@code waiting} runs once, on the calling thread, when the wait begins.
     */
    public static AppContext open(Path dataDir, Clock clock, Duration wait, Runnable waiting) {
        return open(dataDir, clock, wait, waiting, null);
    }

    /**
     * Opens the data folder like {@link #open(Path, Clock, Duration, Runnable)}; an encrypted one with the
     * passphrase (null when none was given; ignored when the folder is not encrypted).
     */
    public static AppContext open(Path dataDir, Clock clock, Duration wait, Runnable waiting, String passphrase) {
        return new AppContext(dataDir, clock, Database.open(dataDir, wait, waiting, passphrase), passphrase);
    }

    /**
     * Opens the data folder with its records at {@code store}: the folder's own H2 file as
     * {@link #open(Path, Clock, Duration, Runnable, String)}, or a venue's PostgreSQL server (decision 0030); the
     * folder keeps this laptop's files (signing key, attachments, logs) either way.
     */
    public static AppContext open(Path dataDir, Clock clock, StoreLocation store, Duration wait, Runnable waiting,
            String passphrase) {
        return new AppContext(dataDir, clock, org.huiwu.persistence.OfflineStart.open(dataDir, store, wait, waiting, passphrase), passphrase);
    }

    /** Whether the folder's database is encrypted, so that opening it needs the passphrase. */
    public static boolean isEncrypted(Path dataDir) {
        return Database.isEncrypted(dataDir);
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The passphrase the folder was opened with (for checking its encrypted backups); null when not encrypted. */
    public String passphrase() {
        return care.passphrase();
    }

    public ExecutorService databaseWorker() {
        return databaseWorker;
    }

    /**
     * Sends the records (taps, check-ins, incidents, checklist marks, attendee edits, seat steps, ticks, complaints,
     * survey forms) queued on this laptop while the venue server was unreachable, in order (decisions 0031, 0038);
     * returns how many were sent (0 on the laptop's own H2 file). Call
     * off the FX thread.
     */
    public int sendQueuedTaps() {
        return venueOutbox.send();
    }

    /**
     * How many queued records were not stored as made since the last call because another laptop had changed the
     * same record during the outage (a check-in, an attendee field, a seat, a procedure step: theirs is kept,
     * decision 0038); 0 on the laptop's own H2 file.
     */
    public int checkInsKeptElsewhere() {
        return venueOutbox.takeKeptElsewhere();
    }

    /** The names of the sent records another laptop's change kept out, since the last call (decision 0048). */
    public java.util.List<String> keptRecordNames() {
        return venueOutbox.takeKeptNames();
    }

    /** How many records wait in this laptop's outbox (0 on the laptop's own H2 file). Call off the FX thread. */
    public int queuedRecords() {
        return venueOutbox.waiting();
    }

    /** Who this laptop is logged in as on the venue server (decision 0037); empty on its own file. Off the FX thread. */
    public java.util.Optional<org.huiwu.model.staff.VenueLogin> venueLogin() {
        return database().venueLogin();
    }

    /** Exports of meetings (XLSX, CSV, PDF report, signed bundle) with texts in the given language. */
    public MeetingExports exports(I18n i18n) {
        return exports(i18n, "");
    }

    /**
     * Exports of meetings; a bundle is signed with this laptop's key, which a first bundle creates named
     * {@code signerName} (blank: the remembered attendant's name).
     */
    public MeetingExports exports(I18n i18n, String signerName) {
        return care.exports(i18n, signerName, meetings(), seatPlans(), roster(),
                new MeetingTrends(surveyTrend(), incidentTrend()));
    }

    /**
     * This laptop's signing key (decision 0025), created the first time it is needed and named {@code name}, or
     * the remembered attendant's name when that is blank. Call off the FX thread.
     */
    public SigningKey signingKey(String name) {
        return care.signingKey(name);
    }

    /** The signers whose bundles this laptop merges, and the history of merged bundles. */
    public TrustedSigners trustedSigners() {
        return care.trustedSigners();
    }

    /** The rule that a folder holding a 涉密 meeting is encrypted, or overridden with a logged reason. */
    public ClassifiedFolder classifiedFolder() {
        // on a venue server the records are not in this folder: their protection at rest is the server's
        BooleanSupplier protectedAtRest = () -> database().engine() == Database.Engine.POSTGRESQL || cipher.encrypts();
        return new ClassifiedFolder(meetings(), database().dao(ClassifiedOverrideDao.class), protectedAtRest, clock(),
                UUID::randomUUID);
    }

    /** Exports that hold a 涉密 meeting: sealed under a passphrase and logged. */
    public ConfidentialExports confidentialExports(I18n i18n) {
        return new ConfidentialExports(meetings(), exports(i18n), database().dao(ConfidentialExportDao.class), clock(),
                UUID::randomUUID);
    }

    /** Imports bundles from other laptops into this data folder. */
    public BundleMerger bundleMerger() {
        return care.bundleMerger(incidents());
    }

    /**
     * Starts the window's automatic backups with the saved policy, or applies a changed policy at once: every
     * N minutes, and once more on {@link #close()}. The command line does not call this, so its short runs
     * make no backups of their own.
     */
    public void applyBackupPolicy(BackupPolicy policy) {
        care.applyBackupPolicy(policy, databaseWorker);
    }

    /** Rolling backups of this data folder's database, keeping the given number. */
    public Backups backups(int keep) {
        return care.backups(keep);
    }

    @Override
    public void close() {
        AutomaticBackups backupsOnExit = care.stopTimer();
        databaseWorker.shutdown();
        try {
            if (!databaseWorker.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Database work still running after 30 s; closing the database anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (backupsOnExit != null) {
            backupsOnExit.backUpNow();
        }
        incidents().attachments().clearOpened();
        venueOutbox.close();
        database().close();
    }
}
