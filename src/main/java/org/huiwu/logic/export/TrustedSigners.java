package org.huiwu.logic.export;

import java.util.List;
import java.util.function.Supplier;

import org.huiwu.persistence.TrustedSignerDao;

/**
 * Whether this laptop trusts a bundle's signer (decision 0025): its own key and the signers the user trusted
 * before are trusted; a signer whose id or name this laptop knows with another key has changed keys (forged, or
 * a laptop that lost its key) and is refused; anyone else is new and is trusted only when the user says so.
 * Stateless apart from its collaborators; call off the FX thread.
 */
public final class TrustedSigners {

    /** What this laptop knows of a signer. */
    public enum Trust {
        TRUSTED, NEW, KEY_CHANGED
    }

    private final TrustedSignerDao signers;
    private final Supplier<SigningKey> own;

    public TrustedSigners(TrustedSignerDao signers, Supplier<SigningKey> own) {
        this.signers = signers;
        this.own = own;
    }

    /** What this laptop knows of the signer. */
    public Trust of(Signer signer) {
        Signer self = own.get().signer();
        if (self.id().equals(signer.id())) {
            return self.publicKey().equals(signer.publicKey()) ? Trust.TRUSTED : Trust.KEY_CHANGED;
        }
        List<TrustedSignerDao.TrustedRow> known = signers.matching(signer.id(), signer.name(), signer.publicKey());
        if (known.stream().anyMatch(row -> !row.publicKey().equals(signer.publicKey())
                && (row.id().equals(signer.id()) || !signer.name().isBlank() && row.name().equals(signer.name())))) {
            return Trust.KEY_CHANGED;
        }
        return known.stream().anyMatch(row -> row.publicKey().equals(signer.publicKey())) ? Trust.TRUSTED : Trust.NEW;
    }

    /** Every merged bundle, oldest first, with its signer or that it was unsigned. */
    public List<TrustedSignerDao.HistoryRow> history() {
        return signers.history();
    }
}
