package org.huiwu.logic.privacy;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The PIN that unlocks the window after the idle lock: 4 to 12 digits, kept only as a salted PBKDF2 hash
 * ({@code salt:hash}, hex) in the settings. Stateless and thread-safe.
 */
public final class LockPin {

    private static final int ITERATIONS = 60_000;

    private LockPin() {
    }

    /** Whether the text can be a PIN: 4 to 12 digits. */
    public static boolean allowed(String pin) {
        return pin != null && pin.matches("[0-9]{4,12}");
    }

    /** The stored form of a new PIN, with a fresh salt. */
    public static String hash(String pin) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return HexFormat.of().formatHex(salt) + ":" + HexFormat.of().formatHex(derive(pin, salt));
    }

    /** Whether the PIN typed matches the stored form (false for an empty or malformed one). */
    public static boolean matches(String pin, String stored) {
        if (pin == null || stored == null || !stored.matches("[0-9a-f]{32}:[0-9a-f]{64}")) {
            return false;
        }
        byte[] salt = HexFormat.of().parseHex(stored.substring(0, 32));
        byte[] expected = HexFormat.of().parseHex(stored.substring(33));
        return MessageDigest.isEqual(expected, derive(pin, salt));
    }

    private static byte[] derive(String pin, byte[] salt) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(pin.toCharArray(), salt, ITERATIONS, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is part of every JDK", e);
        }
    }
}
