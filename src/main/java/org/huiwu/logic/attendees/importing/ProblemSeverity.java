package org.huiwu.logic.attendees.importing;

/**
 * How much an import problem matters: an ERROR blocks the whole import, a WARNING is shown and
 * flagged but does not block, a NOTE only explains what the import did. Immutable; thread-safe.
 */
public enum ProblemSeverity {
    ERROR,
    WARNING,
    NOTE
}
