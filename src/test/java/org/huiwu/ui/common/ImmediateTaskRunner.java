package org.huiwu.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A {@link TaskRunner} for ViewModel tests: runs the work and then its callback on the caller's thread,
 * so a ViewModel call has finished its storage work and updated its properties when it returns. A
 * failure of the work goes to {@code onFailure}; a failure inside a callback propagates to the test.
 * Confined to the test thread.
 */
public final class ImmediateTaskRunner implements TaskRunner {

    private int jobs;

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        jobs++;
        T result;
        try {
            result = work.call();
        } catch (Exception | Error failure) {
            onFailure.accept(failure);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public <T> Cancellable runWithProgress(ProgressWork<T> work, ProgressListener progress, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        run(() -> work.run(progress, cancelled::get), onSuccess, onFailure);
        return () -> cancelled.set(true);
    }

    /** How many jobs (plain or with progress) were started. */
    public int jobs() {
        return jobs;
    }
}
