package org.huiwu.persistence;

import java.util.UUID;

/**
 * Who signed a merged bundle, as the merge history and the trusted signers keep it; {@code trustNow} when the
 * user trusted this new signer for this merge. Immutable.
 *
 * @param id the signing key's id
 * @param name the signer's name
 * @param publicKey the Ed25519 public key (X.509, Base64)
 * @param fingerprint the short fingerprint people compare
 * @param trustNow whether to add the signer to the trusted signers with this merge
 */
public record MergeSigner(UUID id, String name, String publicKey, String fingerprint, boolean trustNow) {
}
