package org.huiwu.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database and file work off the FX thread and hands the outcome back on it. The real runner
 * uses one background thread for the database, so writes happen in the order they were asked for;
 * tests use a runner that calls everything on the caller's thread.
 */
public interface TaskRunner {

    /** Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the FX thread. */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Runs a long job that reports progress and can be cancelled cooperatively (the worker thread is
     * never interrupted: it may be inside H2).
     */
    <T> Cancellable runWithProgress(ProgressWork<T> work, ProgressListener progress, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure);

    /** A long job: reads {@code cancelled} now and then and reports {@code (done, total)}. */
    @FunctionalInterface
    interface ProgressWork<T> {
        T run(ProgressListener progress, java.util.function.BooleanSupplier cancelled) throws Exception;
    }

    /** Receives progress as work done out of total work. */
    @FunctionalInterface
    interface ProgressListener {
        void update(long done, long total);
    }

    /** A handle to ask a running job to stop at its next check. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
