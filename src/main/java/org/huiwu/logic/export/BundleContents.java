package org.huiwu.logic.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A verified bundle: its manifest's facts, its tables (as in {@link MeetingRecord}, held in memory) and its
 * attachment files by their path inside the data folder, each mapped to the staged copy it was streamed to
 * (empty when the bundle was only verified). Immutable after reading; thread-safe.
 */
public record BundleContents(int formatVersion, String createdAt, String appVersion, UUID meetingId,
        int fileCount, Map<String, List<Map<String, Object>>> tables, Map<String, Path> attachments) {

    /** The bundle's data as a meeting record. */
    public MeetingRecord record() {
        return new MeetingRecord(meetingId, tables);
    }
}
