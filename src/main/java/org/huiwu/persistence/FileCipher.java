package org.huiwu.persistence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the files an encrypted data folder keeps beside its database (incident attachments): AES-256-GCM
 * in segments of 64 KiB, so a file of any size streams, under a key derived from the folder's file key (the
 * PBKDF2 of the passphrase, {@link DatabaseAccess#fileKey}) by HMAC-SHA-256 with a label of its own. The file
 * format (magic line, nonce prefix, authenticated segments) is {@link FileSegments}. {@link #NONE} (a
 * folder that is not encrypted) passes bytes through. Immutable and thread-safe; streams are not.
 */
public final class FileCipher {

    /** No encryption: the folder is not encrypted. */
    public static final FileCipher NONE = new FileCipher(null);

    private static final byte[] LABEL = "huiwu attachment files v1".getBytes(StandardCharsets.US_ASCII);

    private final FileSegments segments;

    private FileCipher(FileSegments segments) {
        this.segments = segments;
    }

    /**
     * The cipher of a data folder opened with {@code passphrase}: {@link #NONE} when the folder's database is
     * not encrypted. Costs one key derivation (a fraction of a second); call off the FX thread.
     */
    public static FileCipher forFolder(Path dataDir, String passphrase) {
        if (!DatabaseFile.isEncrypted(dataDir) || passphrase == null || passphrase.isEmpty()) {
            return NONE;
        }
        return ofFileKey(DatabaseAccess.fileKey(passphrase, FolderSecret.of(dataDir)));
    }

    /** The cipher for a folder's file key (hex), as {@link DatabaseAccess#fileKey} makes it. */
    static FileCipher ofFileKey(String fileKeyHex) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(HexFormat.of().parseHex(fileKeyHex), "HmacSHA256"));
            return new FileCipher(new FileSegments(new SecretKeySpec(hmac.doFinal(LABEL), "AES")));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every JDK", e);
        }
    }

    /** Whether files are encrypted (false for {@link #NONE}). */
    public boolean encrypts() {
        return segments != null;
    }

    /** Whether the file begins as an encrypted file does. */
    public static boolean isEncrypted(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return FileSegments.isHeader(in.readNBytes(FileSegments.headerLength()));
        }
    }

    /**
     * A stream that writes {@code out} encrypted; closing it writes the last segment and flushes {@code out},
     * which its owner closes. For {@link #NONE}, the bytes as they are.
     */
    public OutputStream encrypting(OutputStream out) throws IOException {
        if (segments == null) {
            return new java.io.FilterOutputStream(out) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        return segments.sealing(out);
    }

    /**
     * A stream that reads {@code in} decrypted.
     *
     * @throws IOException when it is not an encrypted file; reading fails when the key is wrong or the file
     *     was changed
     */
    public InputStream decrypting(InputStream in) throws IOException {
        if (segments == null) {
            return in;
        }
        return segments.opening(in);
    }

    /**
     * Encrypts, in place and each in one step, every file under {@code folder} that is not encrypted yet
     * (the attachments of a folder that was just encrypted); returns how many. Symbolic links are skipped.
     */
    public int encryptFilesUnder(Path folder) throws IOException {
        if (segments == null || !Files.isDirectory(folder)) {
            return 0;
        }
        List<Path> plain;
        try (Stream<Path> files = Files.walk(folder)) {
            plain = files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    && !file.getFileName().toString().endsWith(".part")).toList();
        }
        int count = 0;
        for (Path file : plain) {
            if (isEncrypted(file)) {
                continue;
            }
            AtomicFile.onDisk().write(file, out -> {
                try (OutputStream sealed = encrypting(out); InputStream in = Files.newInputStream(file)) {
                    in.transferTo(sealed);
                }
            });
            count++;
        }
        return count;
    }
}
