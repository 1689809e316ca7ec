package org.huiwu.model;

/** Why the local database could not be used or written; the UI explains each in the user's language. */
public enum StorageProblem {
    CORRUPT,
    LOCKED,
    NEWER_VERSION,
    DISK_FULL,
    NOT_WRITABLE,
    OTHER
}
