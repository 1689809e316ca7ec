package org.huiwu.logic.attendees.importing;

/**
 * Receives progress of a long import step as {@code (done, total)} in the step's own units (rows, or
 * characters for CSV). {@code total} is -1 while unknown (an .xlsx sheet without a dimension), which
 * {@code Task.updateProgress} shows as indeterminate.
 * Called on the thread running the import; a JavaFX caller forwards it to {@code Task.updateProgress}.
 */
@FunctionalInterface
public interface ImportProgress {

    void update(long done, long total);
}
