package org.huiwu.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One meeting's rows as they arrive from another laptop's bundle, with where they came from (the bundle's
 * file name and creation time) and when they are merged: the facts a conflict keeps. Immutable.
 *
 * @param meetingId the meeting the rows belong to
 * @param bundle the bundle's file name
 * @param bundleCreatedAt when the bundle was written, as its manifest says
 * @param mergedAt when the merge runs
 * @param tables the rows by table name
 * @param signer who signed the bundle, null for an unsigned one (kept so in the merge history)
 */
public record MergeSource(UUID meetingId, String bundle, String bundleCreatedAt, OffsetDateTime mergedAt,
        Map<String, List<Map<String, Object>>> tables, MergeSigner signer) {
}
