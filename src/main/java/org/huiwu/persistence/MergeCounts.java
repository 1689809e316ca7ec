package org.huiwu.persistence;

/**
 * What a merge did: rows inserted, rows already present unchanged, rows present with other values
 * (the local row kept), and incident versions appended because both sides edited the incident.
 * Immutable.
 */
public record MergeCounts(int inserted, int unchanged, int keptLocal, int conflictVersions) {
}
