package org.huiwu.logic.export;

import org.huiwu.logic.incidents.AttachmentStore;

/**
 * The one place that says how large a bundle may be (see decision record 0017). Every limit holds both for
 * the size the zip declares in its central directory, checked before anything is read, and for the bytes
 * that actually come out of an entry, counted while it streams, because a forged zip can declare less than
 * it holds. Constants only; thread-safe.
 */
public final class BundleLimits {

    private static final long MEGABYTE = 1024L * 1024;

    /**
     * One JSON document (manifest or table document), held in memory to be parsed. A 3,000-seat meeting
     * with 20 tea rounds writes about 10 MB of {@code service.json}; 32 MB leaves three times that.
     */
    public static final long MAX_JSON_BYTES = 32 * MEGABYTE;
    /** All JSON documents of one bundle together: what one bundle can hold in memory before it merges. */
    public static final long MAX_ALL_JSON_BYTES = 64 * MEGABYTE;
    /** One attachment file: the same cap as attaching a file to an incident. Streamed, never held. */
    public static final long MAX_ATTACHMENT_BYTES = AttachmentStore.DEFAULT_MAX_BYTES;
    /** Everything in one bundle, unpacked: documents and attachments. */
    public static final long MAX_BUNDLE_BYTES = 1024 * MEGABYTE;
    /** Files in one bundle: six documents, the manifest and the attachments of one meeting. */
    public static final int MAX_FILES = 10_000;

    private BundleLimits() {
    }

    /** A byte limit in whole megabytes, as the refusal messages show it. */
    static long megabytes(long bytes) {
        return bytes / MEGABYTE;
    }
}
