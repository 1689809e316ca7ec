package org.huiwu.logic.attendees.importing;

/**
 * Receives progress of a long import step as {@code (done, total)} in the step's own units.
 * Called on the thread running the import; a JavaFX caller forwards it to {@code Task.updateProgress}.
 */
@FunctionalInterface
public interface ImportProgress {

    void update(long done, long total);
}
