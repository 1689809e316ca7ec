package org.huiwu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.huiwu.logic.export.Backups;
import org.huiwu.logic.settings.BackupPolicy;
import org.huiwu.model.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's stop, called on the FX thread, returns while a write is still pending: the closing happens on a
 * non-daemon thread of its own (so the JVM waits for it), the pending write completes, the exit backup is
 * taken and the database is closed, and nothing of that ran on the FX thread (the guard would throw).
 */
class HuiwuAppStopTest {

    @TempDir
    Path dataDir;

    @Test
    void stopReturnsAtOnceAndTheClosingThreadFinishesThePendingWriteAndTheExitBackup() throws Exception {
        AppContext context = AppContext.open(dataDir, Clock.systemDefaultZone());
        context.applyBackupPolicy(BackupPolicy.DEFAULT);
        CountDownLatch release = new CountDownLatch(1);
        Meeting meeting = Fixtures.meeting("市政府第28次常务会议", LocalDate.of(2025, 3, 12));
        context.databaseWorker().execute(() -> {
            awaitQuietly(release);
            context.meetings().save(meeting);
        });

        AtomicReference<Thread> closing = new AtomicReference<>();
        Thread fx = new Thread(() -> closing.set(FolderClosing.inBackground(context)), "JavaFX Application Thread");
        fx.start();
        fx.join();

        assertThat(closing.get().isAlive()).as("still closing while the write waits").isTrue();
        assertThat(closing.get().isDaemon()).as("the JVM waits for the closing").isFalse();
        assertThat(Backups.latestIn(dataDir)).as("no backup before the pending write").isEmpty();

        release.countDown();
        closing.get().join(TimeUnit.SECONDS.toMillis(120));

        assertThat(closing.get().isAlive()).isFalse();
        assertThat(Backups.latestIn(dataDir)).as("the exit backup").isPresent();
        try (AppContext reopened = AppContext.open(dataDir, Clock.systemDefaultZone())) {
            assertThat(reopened.meetings().find(meeting.id())).isPresent();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
