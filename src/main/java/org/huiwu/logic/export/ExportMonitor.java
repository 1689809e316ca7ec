package org.huiwu.logic.export;

import java.util.function.BooleanSupplier;

/**
 * How a long export reports its progress and learns that the user cancelled it: {@code progress} is
 * called with (done, total) steps, {@code cancelled} is polled between steps. Immutable; the callbacks
 * are called on the exporting thread.
 */
public record ExportMonitor(Progress progress, BooleanSupplier cancelled) {

    /** Receives the number of steps done out of the total. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);
    }

    /** A monitor that shows nothing and never cancels. */
    public static ExportMonitor none() {
        return new ExportMonitor((done, total) -> { }, () -> false);
    }

    /** Reports the step and stops the export when the user cancelled it. */
    public void step(long done, long total) {
        if (cancelled.getAsBoolean()) {
            throw new ExportFailedException(ExportProblem.CANCELLED, null, null);
        }
        progress.update(done, total);
    }
}
