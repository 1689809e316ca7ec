package org.huiwu.persistence;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.huiwu.model.staff.VenueLogin;

/**
 * What this laptop keeps of its last successful login to each venue server and user (decision 0047), so it can start
 * while that server cannot be reached: a salted PBKDF2 hash of the password (never the password), and who the server
 * said the login is (its person and whether a supervisor, decision 0037). The table {@code server_login} in the outbox's
 * H2 file, one row per origin ({@code user@url}). Hashing is slow on purpose ({@value #ITERATIONS} rounds); call off
 * the FX thread. Stateless.
 */
final class ServerLogins {

    /** PBKDF2 rounds: slow enough that guessing from a stolen file costs, fast enough for one start (~0.1 s). */
    static final int ITERATIONS = 120_000;
    private static final String CREATE = """
            CREATE TABLE IF NOT EXISTS server_login (
                origin     VARCHAR(1000) NOT NULL PRIMARY KEY,
                salt       VARBINARY(32) NOT NULL,
                iterations INT           NOT NULL,
                hash       VARBINARY(64) NOT NULL,
                login      VARCHAR(200)  NOT NULL,
                person     VARCHAR(500)  NOT NULL,
                supervisor BOOLEAN       NOT NULL
            )""";

    /** What a password given for an origin is, against the proof kept: none kept, wrong, or right. */
    enum Verdict { NONE, WRONG, RIGHT }

    /** A password's salted hash, made when the server took the password. */
    record Proof(byte[] salt, int iterations, byte[] hash) {

        static Proof of(String password) {
            byte[] salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            return new Proof(salt, ITERATIONS, pbkdf2(password, salt, ITERATIONS));
        }

        boolean matches(String password) {
            return MessageDigest.isEqual(hash, pbkdf2(password, salt, iterations));
        }

        /**
         * Whether this proof is one this app makes: a 16-byte salt, a 32-byte hash and between {@value ServerLogins#ITERATIONS}
         * and ten times as many rounds. The file is not trusted: a row changed to need billions of rounds would
         * hold the start, one with fewer would make guessing cheap.
         */
        boolean wellFormed() {
            return salt != null && salt.length == 16 && hash != null && hash.length == 32 && iterations >= ITERATIONS
                    && iterations <= 10 * ITERATIONS;
        }
    }

    private ServerLogins() {
    }

    /** The origin of a server and login: another server's or user's remembered reads and proof are never used. */
    static String origin(DatabaseServer server) {
        return server.user() + "@" + server.url();
    }

    /** Keeps {@code proof} and {@code login} as the last successful login to {@code origin}. */
    static void note(LocalOutbox outbox, String origin, Proof proof, VenueLogin login) {
        outbox.jdbi().useHandle(handle -> {
            handle.execute(CREATE);
            handle.createUpdate("""
                    MERGE INTO server_login (origin, salt, iterations, hash, login, person, supervisor)
                    KEY (origin) VALUES (:o, :salt, :iterations, :hash, :login, :person, :supervisor)""")
                    .bind("o", origin).bind("salt", proof.salt()).bind("iterations", proof.iterations())
                    .bind("hash", proof.hash()).bind("login", login.login()).bind("person", login.person())
                    .bind("supervisor", login.supervisor()).execute();
        });
    }

    /** Whether {@code password} is the one of the last successful login to {@code origin}. */
    static Verdict check(LocalOutbox outbox, String origin, String password) {
        Optional<Proof> proof = outbox.jdbi().withHandle(handle -> {
            handle.execute(CREATE);
            return handle.createQuery("SELECT salt, iterations, hash FROM server_login WHERE origin = :o")
                    .bind("o", origin).map((rs, ctx) -> new Proof(rs.getBytes(1), rs.getInt(2), rs.getBytes(3)))
                    .findOne();
        });
        if (proof.isEmpty() || !proof.get().wellFormed()) {
            return Verdict.NONE;
        }
        return proof.get().matches(password) ? Verdict.RIGHT : Verdict.WRONG;
    }

    /** Who the server said the login of {@code origin} was at the last successful login. */
    static Optional<VenueLogin> login(LocalOutbox outbox, String origin) {
        return outbox.jdbi().withHandle(handle -> {
            handle.execute(CREATE);
            return handle.createQuery("SELECT login, person, supervisor FROM server_login WHERE origin = :o")
                    .bind("o", origin).map((rs, ctx) -> new VenueLogin(rs.getString(1), rs.getString(2),
                            rs.getBoolean(3))).findOne();
        });
    }

    private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            spec.clearPassword();
        }
    }
}
