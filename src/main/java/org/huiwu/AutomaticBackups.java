package org.huiwu;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.huiwu.logic.export.Backups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's automatic backups: every N minutes a rolling backup is queued on the database thread, and
 * one more is taken when the app closes. A failed backup is logged, never shown (the app keeps working).
 * The timer thread only queues work; {@link #stop()} cancels the timer without interrupting anything.
 */
final class AutomaticBackups {

    private static final Logger LOG = LoggerFactory.getLogger(AutomaticBackups.class);

    private final Backups backups;
    private final ExecutorService databaseWorker;
    private final ScheduledExecutorService timer;

    AutomaticBackups(Backups backups, ExecutorService databaseWorker, Duration every) {
        this.backups = backups;
        this.databaseWorker = databaseWorker;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "huiwu-backup-timer");
            thread.setDaemon(true);
            return thread;
        });
        long minutes = Math.max(1, every.toMinutes());
        timer.scheduleAtFixedRate(this::queue, minutes, minutes, TimeUnit.MINUTES);
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
            LOG.info("Backed up the database to {}", backups.backUp());
        } catch (RuntimeException e) {
            LOG.warn("Automatic backup failed", e);
        }
    }

    /** Stops the timer; a backup already queued still runs on the database thread. */
    void stop() {
        timer.shutdown();
    }
}
