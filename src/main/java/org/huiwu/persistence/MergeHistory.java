package org.huiwu.persistence;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes, inside a merge's transaction, the signers the user trusted for it ({@code trusted_signer}) and one
 * {@code merge_history} row per merged bundle: when, which meeting, and who signed it, or that it was unsigned.
 * Confined to the merge's transaction thread.
 */
final class MergeHistory {

    private final RowAccess rows;

    MergeHistory(RowAccess rows) {
        this.rows = rows;
    }

    void record(List<MergeSource> sources) throws SQLException {
        for (MergeSource source : sources) {
            MergeSigner signer = source.signer();
            if (signer != null && signer.trustNow()
                    && rows.select("trusted_signer", Map.of("public_key", signer.publicKey())).isEmpty()) {
                Map<String, Object> trusted = new LinkedHashMap<>();
                trusted.put("id", signer.id().toString());
                trusted.put("name", signer.name());
                trusted.put("public_key", signer.publicKey());
                trusted.put("fingerprint", signer.fingerprint());
                trusted.put("trusted_at", source.mergedAt().toString());
                rows.insert("trusted_signer", trusted);
            }
            Map<String, Object> merged = new LinkedHashMap<>();
            merged.put("id", UUID.randomUUID().toString());
            merged.put("merged_at", source.mergedAt().toString());
            merged.put("bundle", source.bundle());
            merged.put("bundle_created_at", source.bundleCreatedAt());
            merged.put("meeting_id", source.meetingId().toString());
            merged.put("signed", signer != null);
            merged.put("signer_id", signer == null ? null : signer.id().toString());
            merged.put("signer_name", signer == null ? "" : signer.name());
            merged.put("signer_fingerprint", signer == null ? "" : signer.fingerprint());
            rows.insert("merge_history", merged);
        }
    }
}
