package org.huiwu;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.logic.export.Backups;
import org.huiwu.logic.export.BundleMerger;
import org.huiwu.logic.export.BundleReader;
import org.huiwu.logic.export.MeetingExports;
import org.huiwu.logic.export.MeetingExportsFactory;
import org.huiwu.logic.export.SeatChartSource;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.logic.seating.SeatPlans;
import org.huiwu.logic.settings.BackupPolicy;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.DatabaseBackup;
import org.huiwu.persistence.MeetingTables;

/**
 * The part of the composition root that looks after the data folder as a whole: exports, merging bundles
 * from other laptops, rolling backups and the window's automatic backups (one more when the app closes).
 * Built once by {@link AppContext}. Thread-safe; its work runs off the FX thread.
 */
final class DataFolderCare {

    private final Path dataDir;
    private final Clock clock;
    private final MeetingTables meetingTables;
    private final DatabaseBackup databaseBackup;
    private AutomaticBackups automaticBackups;

    DataFolderCare(Database database, Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.meetingTables = new MeetingTables(database.jdbi());
        this.databaseBackup = new DatabaseBackup(database.jdbi());
    }

    MeetingExports exports(I18n i18n, MeetingCatalog meetings, SeatPlans seatPlans, AttendeeRoster roster) {
        return MeetingExportsFactory.create(meetingTables, new SeatChartSource(meetings, seatPlans, roster), dataDir,
                clock, i18n);
    }

    BundleMerger bundleMerger() {
        return new BundleMerger(new BundleReader(), meetingTables, dataDir, clock);
    }

    Backups backups(int keep) {
        return new Backups(databaseBackup, dataDir, clock, keep);
    }

    /** Starts the automatic backups on {@code databaseWorker}, or applies a changed policy at once. */
    synchronized void applyBackupPolicy(BackupPolicy policy, ExecutorService databaseWorker) {
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
