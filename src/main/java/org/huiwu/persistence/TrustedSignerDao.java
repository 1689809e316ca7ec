package org.huiwu.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Reads the signers this laptop trusts and the history of merged bundles (both written by a merge, in its
 * transaction: {@link MeetingTables#merge}). Thread-safe when attached on demand.
 */
@RegisterConstructorMapper(TrustedSignerDao.TrustedRow.class)
@RegisterConstructorMapper(TrustedSignerDao.HistoryRow.class)
public interface TrustedSignerDao {

    /** One trusted signer. */
    record TrustedRow(UUID id, String name, String publicKey, String fingerprint, Instant trustedAt) {
    }

    /** One merged bundle; signerId is null for an unsigned one. */
    record HistoryRow(Instant mergedAt, String bundle, UUID meetingId, boolean signed, UUID signerId, String signerName,
            String signerFingerprint) {
    }

    /** The trusted signers with that id, that name or that key. */
    @SqlQuery("SELECT * FROM trusted_signer WHERE id = :id OR name = :name OR public_key = :key ORDER BY trusted_at")
    List<TrustedRow> matching(@Bind("id") UUID id, @Bind("name") String name, @Bind("key") String publicKey);

    /** Every merged bundle, oldest first. */
    @SqlQuery("SELECT * FROM merge_history ORDER BY merged_at, bundle")
    List<HistoryRow> history();
}
