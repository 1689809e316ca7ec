package org.huiwu;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.huiwu.logic.export.Backups;
import org.huiwu.logic.settings.BackupPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's automatic backups: every N minutes a rolling backup keeping the last K is queued on the
 * database thread, and one more is taken when the app closes. {@link #apply(BackupPolicy)} changes N and K
 * at once, without a restart. A failed backup is logged, never shown (the app keeps working). The timer
 * thread only queues work; {@link #stop()} cancels the timer without interrupting anything. Thread-safe.
 */
final class AutomaticBackups {

    private static final Logger LOG = LoggerFactory.getLogger(AutomaticBackups.class);

    private final IntFunction<Backups> backupsKeeping;
    private final ExecutorService databaseWorker;
    private final ScheduledExecutorService timer;
    private BackupPolicy policy;
    private ScheduledFuture<?> next;

    AutomaticBackups(IntFunction<Backups> backupsKeeping, ExecutorService databaseWorker, BackupPolicy policy) {
        this.backupsKeeping = backupsKeeping;
        this.databaseWorker = databaseWorker;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "huiwu-backup-timer");
            thread.setDaemon(true);
            return thread;
        });
        apply(policy);
    }

    /** Backs up every {@code policy.minutes()} from now on, keeping {@code policy.kept()} backups. */
    synchronized void apply(BackupPolicy newPolicy) {
        policy = newPolicy;
        if (next != null) {
            next.cancel(false);
        }
        if (!timer.isShutdown()) {
            next = timer.scheduleAtFixedRate(this::queue, newPolicy.minutes(), newPolicy.minutes(), TimeUnit.MINUTES);
        }
    }

    synchronized BackupPolicy policy() {
        return policy;
    }

    private void queue() {
        try {
            databaseWorker.execute(this::backUpNow);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("Database thread closed; periodic backup skipped");
        }
    }

    /** Takes a backup on the calling thread (the closing app's), logging a failure. */
    void backUpNow() {
        try {
            LOG.info("Backed up the database to {}", backupsKeeping.apply(policy().kept()).backUp());
        } catch (RuntimeException e) {
            LOG.warn("Automatic backup failed", e);
        }
    }

    /** Stops the timer; a backup already queued still runs on the database thread. */
    synchronized void stop() {
        timer.shutdown();
    }
}
