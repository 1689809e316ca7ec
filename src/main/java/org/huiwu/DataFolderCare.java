package org.huiwu;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.logic.export.Backups;
import org.huiwu.logic.export.BundleMerger;
import org.huiwu.logic.export.BundleReader;
import org.huiwu.logic.export.MeetingExports;
import org.huiwu.logic.export.MeetingExportsFactory;
import org.huiwu.logic.export.MeetingTrends;
import org.huiwu.logic.export.SeatChartSource;
import org.huiwu.logic.export.SigningKey;
import org.huiwu.logic.export.TrustedSigners;
import org.huiwu.logic.incidents.AttachmentStore;
import org.huiwu.logic.incidents.IncidentDesk;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.logic.seating.SeatPlans;
import org.huiwu.logic.settings.BackupPolicy;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.DatabaseBackup;
import org.huiwu.persistence.FileCipher;
import org.huiwu.persistence.MeetingTables;
import org.huiwu.persistence.TrustedSignerDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The part of the composition root that looks after the data folder as a whole: exports, this laptop's
 * signing key and trusted signers (decision 0025), merging bundles from other laptops, sealing attachments kept in plain form, rolling backups and the window's automatic backups (one more when the app closes).
 * Built once by {@link AppContext}. Thread-safe; its work runs off the FX thread.
 */
final class DataFolderCare {

    private static final Logger LOG = LoggerFactory.getLogger(DataFolderCare.class);

    private final Database database;
    private final Path dataDir;
    private final Clock clock;
    private final Supplier<String> rememberedAttendant;
    private final MeetingTables meetingTables;
    private final DatabaseBackup databaseBackup;
    private final FileCipher cipher;
    private AutomaticBackups automaticBackups;

    DataFolderCare(Database database, Path dataDir, String passphrase, FileCipher cipher, Clock clock,
            Supplier<String> rememberedAttendant) {
        this.cipher = cipher;
        this.database = database;
        this.dataDir = dataDir;
        this.clock = clock;
        this.rememberedAttendant = rememberedAttendant;
        this.meetingTables = new MeetingTables(database.jdbi());
        this.databaseBackup = new DatabaseBackup(database, dataDir, passphrase);
    }

    MeetingExports exports(I18n i18n, String signerName, MeetingCatalog meetings, SeatPlans seatPlans,
            AttendeeRoster roster, MeetingTrends trends) {
        return MeetingExportsFactory.create(meetingTables, new SeatChartSource(meetings, seatPlans, roster), trends, dataDir,
                clock, i18n, () -> signingKey(signerName), cipher);
    }

    /** This laptop's signing key, created the first time it is needed and named {@code name} (blank: the attendant). */
    SigningKey signingKey(String name) {
        return SigningKey.loadOrCreate(dataDir, name == null || name.isBlank() ? rememberedAttendant.get() : name);
    }

    TrustedSigners trustedSigners() {
        return new TrustedSigners(database.dao(TrustedSignerDao.class), () -> signingKey(""));
    }

    BundleMerger bundleMerger(IncidentDesk incidents) {
        return new BundleMerger(new BundleReader(), meetingTables, trustedSigners(), dataDir, clock,
                () -> incidents.procedures().currentAll()).encryptingFilesWith(cipher);
    }

    /**
     * Encrypts attachments an encrypted folder still holds in plain form (kept before it was encrypted, or
     * before attachments were encrypted at all); a no-op in a folder that is not encrypted.
     */
    void sealPlainAttachments() {
        try {
            int sealed = cipher.encryptFilesUnder(dataDir.resolve(AttachmentStore.FOLDER));
            if (sealed > 0) {
                LOG.info("Encrypted {} attachments kept in plain form in {}", sealed, dataDir);
            }
        } catch (java.io.IOException e) {
            LOG.error("Could not encrypt the attachments kept in plain form in {}", dataDir, e);
        }
    }

    /** The passphrase the folder was opened with; null when it is not encrypted. */
    String passphrase() {
        return databaseBackup.passphrase();
    }

    Backups backups(int keep) {
        return new Backups(databaseBackup, dataDir, clock, keep);
    }

    /** Starts the automatic backups on {@code databaseWorker}, or applies a changed policy at once. */
    synchronized void applyBackupPolicy(BackupPolicy policy, ExecutorService databaseWorker) {
        if (databaseBackup.onServer()) {
            return; // the venue server's administrator backs the records up (decision 0030)
        }
        if (automaticBackups == null) {
            automaticBackups = new AutomaticBackups(this::backups, databaseWorker, policy);
        } else {
            automaticBackups.apply(policy);
        }
    }

    /** Stops the backup timer; returns the automatic backups to take the exit backup with, or null. */
    synchronized AutomaticBackups stopTimer() {
        if (automaticBackups != null) {
            automaticBackups.stop();
        }
        return automaticBackups;
    }
}
