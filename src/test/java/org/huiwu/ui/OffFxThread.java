package org.huiwu.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Runs a window test's set-up database work (opening the data folder, the sample meeting, saved rows) on a
 * thread of its own and waits for it, so a {@code @Start} method on the FX thread keeps the rule the app keeps:
 * no database or file work on the FX thread (the test run makes a slip throw). Test code; stateless.
 */
public final class OffFxThread {

    private OffFxThread() {
    }

    /** The result of {@code work}, done on another thread; its failure is rethrown here. */
    public static <T> T get(Callable<T> work) {
        try {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return work.call();
                } catch (Exception e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting up", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof java.util.concurrent.CompletionException c ? c.getCause() : e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Does {@code work} on another thread and waits for it. */
    public static void run(ThrowingRunnable work) {
        get(() -> {
            work.run();
            return null;
        });
    }

    /** Set-up work that may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
