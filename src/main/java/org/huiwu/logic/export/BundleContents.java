package org.huiwu.logic.export;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A verified bundle, read into memory: its manifest's facts, its tables (as in {@link MeetingRecord}) and
 * its attachment files by their path inside the data folder. Immutable after reading; thread-safe.
 */
public record BundleContents(int formatVersion, String createdAt, String appVersion, UUID meetingId,
        int fileCount, Map<String, List<Map<String, Object>>> tables, Map<String, byte[]> attachments) {

    /** The bundle's data as a meeting record. */
    public MeetingRecord record() {
        return new MeetingRecord(meetingId, tables);
    }
}
