package org.huiwu.logic.privacy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.CipherOutputStream;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import org.huiwu.persistence.PrivateFiles;

/**
 * A sealed export ({@code .huiwu-sealed}): the exported files in a zip, encrypted with AES-256-GCM under a key
 * derived from a passphrase (PBKDF2-HMAC-SHA-256). Layout: the ASCII line {@value #MAGIC_TEXT}, a 16-byte
 * salt, the PBKDF2 rounds (4 bytes, big-endian), a 12-byte nonce, then the ciphertext with its 16-byte tag;
 * the header is authenticated too. Opening checks the tag over the whole file before one byte is written out,
 * so a wrong passphrase or a changed byte writes nothing. Stateless and thread-safe; call off the FX thread.
 */
public final class SealedFile {

    /** The file name ending of a sealed export. */
    public static final String SUFFIX = ".huiwu-sealed";
    static final String MAGIC_TEXT = "HUIWU-SEALED-1";
    private static final byte[] MAGIC = (MAGIC_TEXT + "\n").getBytes(StandardCharsets.US_ASCII);
    private static final int ROUNDS = 210_000;
    private static final int MAX_ROUNDS = 10_000_000;

    /** Why a sealed file could not be opened. */
    public static final class OpenFailedException extends Exception {
        private final boolean wrongPassphrase;

        OpenFailedException(boolean wrongPassphrase, Throwable cause) {
            super(wrongPassphrase ? "wrong passphrase, or the file was changed" : "not a sealed export", cause);
            this.wrongPassphrase = wrongPassphrase;
        }

        /** True when the file is a sealed export but the passphrase (or a changed byte) fails the check. */
        public boolean wrongPassphrase() {
            return wrongPassphrase;
        }
    }

    private SealedFile() {
    }

    /** Seals the files (by their names) into {@code target}, written private and atomically. */
    public static void seal(List<Path> files, Path target, String passphrase) throws IOException {
        byte[] salt = random(16);
        byte[] nonce = random(12);
        byte[] header = header(salt, ROUNDS, nonce);
        Path temp = target.resolveSibling("." + target.getFileName() + ".part");
        Files.deleteIfExists(temp);
        try (OutputStream file = PrivateFiles.newOutputStream(temp)) {
            file.write(header);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, passphrase, salt, ROUNDS, nonce, header);
            try (ZipOutputStream zip = new ZipOutputStream(new CipherOutputStream(file, cipher))) {
                for (Path each : files) {
                    zip.putNextEntry(new ZipEntry(each.getFileName().toString()));
                    Files.copy(each, zip);
                    zip.closeEntry();
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Opens a sealed export into the folder (its files created private), after checking the passphrase and
     * every byte; returns the files written.
     */
    public static List<Path> open(Path sealed, Path folder, String passphrase) throws IOException, OpenFailedException {
        byte[] plain;
        try (DataInputStream in = new DataInputStream(Files.newInputStream(sealed))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new OpenFailedException(false, null);
            }
            byte[] salt = in.readNBytes(16);
            int rounds = in.readInt();
            byte[] nonce = in.readNBytes(12);
            if (nonce.length != 12 || rounds < 1 || rounds > MAX_ROUNDS) {
                throw new OpenFailedException(false, null);
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, passphrase, salt, rounds, nonce, header(salt, rounds, nonce));
            plain = cipher.doFinal(in.readAllBytes());
        } catch (AEADBadTagException e) {
            throw new OpenFailedException(true, e);
        } catch (java.io.EOFException | GeneralSecurityException e) {
            throw new OpenFailedException(false, e);
        }
        PrivateFiles.createFolders(folder);
        List<Path> written = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(plain))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = folder.resolve(Path.of(entry.getName()).getFileName().toString());
                if (entry.isDirectory() || !target.getParent().equals(folder)) {
                    continue;
                }
                Files.deleteIfExists(target);
                try (OutputStream out = PrivateFiles.newOutputStream(target)) {
                    zip.transferTo(out);
                }
                written.add(target);
            }
        }
        return written;
    }

    private static byte[] header(byte[] salt, int rounds, byte[] nonce) {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        header.writeBytes(MAGIC);
        header.writeBytes(salt);
        header.writeBytes(new byte[] {(byte) (rounds >>> 24), (byte) (rounds >>> 16), (byte) (rounds >>> 8), (byte) rounds});
        header.writeBytes(nonce);
        return header.toByteArray();
    }

    private static Cipher cipher(int mode, String passphrase, byte[] salt, int rounds, byte[] nonce, byte[] header)
            throws IOException {
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(passphrase.toCharArray(), salt, rounds, 256)).getEncoded();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(header);
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IOException("AES-GCM and PBKDF2 are part of every JDK", e);
        }
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
