package org.huiwu.logic.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A verified bundle: its manifest's facts, its tables (as in {@link MeetingRecord}, held in memory) and its
 * attachment files by their path inside the data folder, each mapped to the staged copy it was streamed to
 * (empty when the bundle was only verified), keyed by their name under {@code files/}. The signer is null for an
 * unsigned bundle (format version 2 and older). Immutable after reading; thread-safe.
 */
public record BundleContents(int formatVersion, Signer signer, String createdAt, String appVersion, UUID meetingId,
        int fileCount, Map<String, List<Map<String, Object>>> tables, Map<String, Path> attachments) {

    /** Whether the bundle carries a signature (format version 3 and newer; the reader checked it). */
    public boolean signed() {
        return signer != null;
    }

    /** The bundle's data as a meeting record. */
    public MeetingRecord record() {
        return new MeetingRecord(meetingId, tables);
    }
}
