package org.huiwu.persistence;

/**
 * What a merge did: rows inserted, rows already present unchanged (or a conflict already recorded), rows
 * present with other values (the local row kept), incident versions appended because both sides edited the
 * incident, and incoming rows newly kept as merge conflicts beside the local ones. Immutable.
 */
public record MergeCounts(int inserted, int unchanged, int keptLocal, int conflictVersions, int conflicts) {
}
