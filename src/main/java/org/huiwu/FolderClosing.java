package org.huiwu;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closing the data folder when the window is gone: pending writes, the exit backup and the database close run on
 * a non-daemon thread of their own, so the FX thread does no database or file work and the JVM ends only when they
 * are done. Nothing interrupts that thread (it is inside H2 most of the time). Called from the FX thread.
 */
final class FolderClosing {

    private static final Logger LOG = LoggerFactory.getLogger(FolderClosing.class);

    private FolderClosing() {
    }

    /**
     * When the window closed while its folder was still opening: waits on a non-daemon thread for the opening
     * and closes what it opened (a restore or a first migration is not cut short by the JVM's exit).
     */
    static void whenOpened(CompletableFuture<FolderOpening> opened, long waitSeconds) {
        Thread closing = new Thread(() -> {
            try {
                AppContext late = opened.get(waitSeconds, TimeUnit.SECONDS).context;
                if (late != null) {
                    late.close();
                }
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                LOG.warn("The data folder was still opening, or failed to, when the window closed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "huiwu-closing");
        closing.setDaemon(false);
        closing.start();
    }

    /**
     * Closes {@code context} on a new non-daemon thread and returns it: the JVM ends only when the pending
     * writes, the exit backup and the database close are done. Nothing interrupts that thread (it is inside
     * H2 most of the time).
     */
    static Thread inBackground(AppContext context) {
        Thread closing = new Thread(() -> {
            try {
                context.close();
            } catch (RuntimeException e) {
                LOG.error("Closing the data folder failed", e);
            }
        }, "huiwu-closing");
        closing.setDaemon(false);
        closing.start();
        return closing;
    }
}
