package org.huiwu.logic.export;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.UUID;

/**
 * Who signed a bundle, as its manifest names them: the laptop key's id, the attendant's name it was created
 * with, and its Ed25519 public key (X.509, Base64). The short fingerprint (the first 8 bytes of the SHA-256 of
 * the key, as four groups of hex digits) is what people compare. Immutable; thread-safe.
 *
 * @param id the signing key's id
 * @param name the attendant who created the key
 * @param publicKey the Ed25519 public key, X.509-encoded, in Base64
 */
public record Signer(UUID id, String name, String publicKey) {

    static final String ALGORITHM = "Ed25519";

    /** The short fingerprint of the public key, e.g. {@code 3f2a 9c01 77be d420}. */
    public String fingerprint() {
        String hex = BundleFormat.sha256(publicKey.getBytes(StandardCharsets.US_ASCII)).substring(0, 16);
        return hex.substring(0, 4) + " " + hex.substring(4, 8) + " " + hex.substring(8, 12) + " " + hex.substring(12);
    }

    /** Whether {@code signature} (Base64) is this signer's signature of the bytes. */
    boolean signed(byte[] bytes, String signature) {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(bytes);
            return verifier.verify(Base64.getDecoder().decode(signature.strip()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
