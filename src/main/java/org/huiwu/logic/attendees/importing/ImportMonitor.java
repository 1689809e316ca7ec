package org.huiwu.logic.attendees.importing;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Progress reporting and cooperative cancellation for one import step: every {@link #CHECK_INTERVAL}
 * rows it reports progress and, if cancellation was requested, throws {@link CancellationException}.
 * Never interrupts anything. Used by one thread at a time; the cancellation check itself may read state
 * set by another thread (e.g. {@code Task::isCancelled}).
 */
public final class ImportMonitor {

    /** How many rows pass between progress reports and cancellation checks. */
    public static final int CHECK_INTERVAL = 200;

    private static final ImportMonitor NONE = new ImportMonitor((done, total) -> { }, () -> false);

    private final ImportProgress progress;
    private final BooleanSupplier cancellationRequested;

    public ImportMonitor(ImportProgress progress, BooleanSupplier cancellationRequested) {
        this.progress = Objects.requireNonNull(progress, "progress");
        this.cancellationRequested = Objects.requireNonNull(cancellationRequested, "cancellationRequested");
    }

    /** A monitor that reports nowhere and never cancels. */
    public static ImportMonitor none() {
        return NONE;
    }

    /**
     * Called after each row. Every {@link #CHECK_INTERVAL} rows reports {@code (done, total)} and checks
     * for cancellation.
     *
     * @throws CancellationException when cancellation was requested
     */
    void afterRow(long rowsSoFar, long done, long total) {
        if (rowsSoFar % CHECK_INTERVAL == 0) {
            progress.update(done, total);
            checkCancelled();
        }
    }

    /** Reports completion of the step. */
    void finished(long total) {
        progress.update(total, total);
    }

    /** @throws CancellationException when cancellation was requested */
    void checkCancelled() {
        if (cancellationRequested.getAsBoolean()) {
            throw new CancellationException("attendee import cancelled");
        }
    }
}
