package org.huiwu.logic.limits;

/**
 * The one place that says how much input the app takes in (decision record 0017): attendee list files, the
 * bundles other laptops send, and files attached to incidents. Each limit bounds the memory or disk one input
 * can claim; the readers refuse past it with a message that names the limit. Byte limits hold for the bytes
 * that actually come out of a file or zip entry, counted while reading, whatever the file declares.
 * Constants only; thread-safe.
 */
public final class InputLimits {

    private static final long MEGABYTE = 1024L * 1024;

    /** An attendee list file larger than this is refused before reading; attendee lists are far smaller. */
    public static final long MAX_ATTENDEE_FILE_BYTES = 20 * MEGABYTE;
    /**
     * Attendee rows beyond which a file is refused, at that row. A meeting seats at most 3,000; the limit leaves
     * room for attendees without a seat. The rows above the header come on top; blank rows do not count.
     */
    public static final int MAX_ATTENDEE_ROWS = 10_000;
    /** What one part of an attendee .xlsx (a sheet, its strings, its styles) may unpack to; 10,000 rows take ~10 MB. */
    public static final long MAX_XLSX_PART_BYTES = 64 * MEGABYTE;

    /** One file attached to an incident, and one attachment in a bundle. Streamed, never held. */
    public static final long MAX_ATTACHMENT_BYTES = 100 * MEGABYTE;

    /**
     * One JSON document of a bundle (manifest or table document), held in memory to be parsed. A 3,000-seat
     * meeting with 20 tea rounds writes about 10 MB of {@code service.json}; 32 MB leaves three times that.
     */
    public static final long MAX_BUNDLE_JSON_BYTES = 32 * MEGABYTE;
    /** All JSON documents of one bundle together: what one bundle can hold in memory before it merges. */
    public static final long MAX_BUNDLE_ALL_JSON_BYTES = 64 * MEGABYTE;
    /** Everything in one bundle, unpacked: documents and attachments. */
    public static final long MAX_BUNDLE_BYTES = 1024 * MEGABYTE;
    /** Files in one bundle: six documents, the manifest and the attachments of one meeting. */
    public static final int MAX_BUNDLE_FILES = 10_000;

    private InputLimits() {
    }

    /** A byte limit in whole megabytes, as the refusal messages show it. */
    public static long megabytes(long bytes) {
        return bytes / MEGABYTE;
    }
}
