package org.huiwu.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import javafx.application.Platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production {@link TaskRunner}: work runs on the injected executor (one thread for the database),
 * results come back through {@link Platform#runLater}. The executor is owned by the composition root,
 * which shuts it down without interrupting; work asked for after that is logged and not run. Thread-safe.
 */
public final class FxTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor;

    public FxTaskRunner(ExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) {
            // the window is closing and its database with it: a late timer's read has nowhere to run
            LOG.warn("Background work asked for after the database worker was shut down; not run");
            return;
        }
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error failure) {
                LOG.warn("Background work failed", failure);
                Platform.runLater(() -> onFailure.accept(failure));
            }
        });
    }

    @Override
    public <T> Cancellable runWithProgress(ProgressWork<T> work, ProgressListener progress, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        BooleanSupplier isCancelled = cancelled::get;
        ProgressListener onFxThread = new CoalescingProgress(progress);
        run(() -> work.run(onFxThread, isCancelled), onSuccess, onFailure);
        return () -> cancelled.set(true);
    }

    /** Forwards progress to the FX thread, dropping updates while one is still pending. */
    private static final class CoalescingProgress implements ProgressListener {
        private final ProgressListener target;
        private final AtomicBoolean pending = new AtomicBoolean();

        CoalescingProgress(ProgressListener target) {
            this.target = target;
        }

        @Override
        public void update(long done, long total) {
            if (pending.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    pending.set(false);
                    target.update(done, total);
                });
            }
        }
    }
}
