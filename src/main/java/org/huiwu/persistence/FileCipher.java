package org.huiwu.persistence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the files an encrypted data folder keeps beside its database (incident attachments): AES-256-GCM
 * in segments of 64 KiB, so a file of any size streams, under a key derived from the folder's file key (the
 * PBKDF2 of the passphrase, {@link DatabaseAccess#fileKey}) by HMAC-SHA-256 with a label of its own. A file
 * is the magic line {@value #MAGIC_TEXT}, an 8-byte random nonce prefix, then the segments; each segment's
 * nonce is the prefix and its number, and the header and whether it is the last segment are authenticated,
 * so a changed, reordered, cut-short or extended file and a wrong key all fail to read. {@link #NONE} (a
 * folder that is not encrypted) passes bytes through. Immutable and thread-safe; streams are not.
 */
public final class FileCipher {

    /** No encryption: the folder is not encrypted. */
    public static final FileCipher NONE = new FileCipher(null);

    private static final String MAGIC_TEXT = "HUIWU-ENC-1\n";
    private static final byte[] MAGIC = MAGIC_TEXT.getBytes(StandardCharsets.US_ASCII);
    private static final int PREFIX = 8;
    private static final int SEGMENT = 64 * 1024;
    private static final int TAG = 16;
    private static final byte[] LABEL = "huiwu attachment files v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;

    private FileCipher(SecretKeySpec key) {
        this.key = key;
    }

    /**
     * The cipher of a data folder opened with {@code passphrase}: {@link #NONE} when the folder's database is
     * not encrypted. Costs one key derivation (a fraction of a second); call off the FX thread.
     */
    public static FileCipher forFolder(Path dataDir, String passphrase) {
        if (!DatabaseFile.isEncrypted(dataDir) || passphrase == null || passphrase.isEmpty()) {
            return NONE;
        }
        return ofFileKey(DatabaseAccess.fileKey(passphrase, DatabaseAccess.secret(dataDir)));
    }

    /** The cipher for a folder's file key (hex), as {@link DatabaseAccess#fileKey} makes it. */
    static FileCipher ofFileKey(String fileKeyHex) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(HexFormat.of().parseHex(fileKeyHex), "HmacSHA256"));
            return new FileCipher(new SecretKeySpec(hmac.doFinal(LABEL), "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every JDK", e);
        }
    }

    /** Whether files are encrypted (false for {@link #NONE}). */
    public boolean encrypts() {
        return key != null;
    }

    /** Whether the file begins as an encrypted file does. */
    public static boolean isEncrypted(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        }
    }

    /**
     * A stream that writes {@code out} encrypted; closing it writes the last segment and flushes {@code out},
     * which its owner closes. For {@link #NONE}, the bytes as they are.
     */
    public OutputStream encrypting(OutputStream out) throws IOException {
        if (key == null) {
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
        byte[] prefix = new byte[PREFIX];
        new SecureRandom().nextBytes(prefix);
        out.write(MAGIC);
        out.write(prefix);
        return new Sealing(out, prefix);
    }

    /**
     * A stream that reads {@code in} decrypted.
     *
     * @throws IOException when it is not an encrypted file; reading fails when the key is wrong or the file
     *     was changed
     */
    public InputStream decrypting(InputStream in) throws IOException {
        if (key == null) {
            return in;
        }
        if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC)) {
            throw new IOException("not an encrypted Huiwu file");
        }
        byte[] prefix = in.readNBytes(PREFIX);
        if (prefix.length != PREFIX) {
            throw new IOException("the encrypted file is cut short");
        }
        return new Opening(in, prefix);
    }

    /**
     * Encrypts, in place and each in one step, every file under {@code folder} that is not encrypted yet
     * (the attachments of a folder that was just encrypted); returns how many. Symbolic links are skipped.
     */
    public int encryptFilesUnder(Path folder) throws IOException {
        if (key == null || !Files.isDirectory(folder)) {
            return 0;
        }
        List<Path> plain;
        try (Stream<Path> files = Files.walk(folder)) {
            plain = files.filter(file -> Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
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

    private Cipher cipher(int mode, byte[] prefix, long segment, boolean last) throws IOException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            byte[] nonce = ByteBuffer.allocate(12).put(prefix).putInt((int) segment).array();
            cipher.init(mode, key, new GCMParameterSpec(TAG * 8, nonce));
            cipher.updateAAD(MAGIC);
            cipher.updateAAD(prefix);
            cipher.updateAAD(new byte[] {(byte) (last ? 1 : 0)});
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IOException("AES-GCM is part of every JDK", e);
        }
    }

    /** Writes segments of {@value #SEGMENT} bytes; the last one (maybe empty) is written on close. */
    private final class Sealing extends OutputStream {
        private final OutputStream out;
        private final byte[] prefix;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream(SEGMENT);
        private long segment;
        private boolean closed;

        Sealing(OutputStream out, byte[] prefix) {
            this.out = out;
            this.prefix = prefix;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                if (pending.size() == SEGMENT) {
                    seal(false);
                }
                int n = Math.min(length, SEGMENT - pending.size());
                pending.write(bytes, offset, n);
                offset += n;
                length -= n;
            }
        }

        private void seal(boolean last) throws IOException {
            try {
                out.write(cipher(Cipher.ENCRYPT_MODE, prefix, segment++, last).doFinal(pending.toByteArray()));
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
            pending.reset();
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                if (pending.size() == SEGMENT) {
                    seal(false);
                }
                seal(true);
                out.flush();
            }
        }
    }

    /** Reads segments: a full one is followed by more, a shorter one is the last. */
    private final class Opening extends InputStream {
        private final InputStream in;
        private final byte[] prefix;
        private byte[] plain = new byte[0];
        private int position;
        private long segment;
        private boolean done;

        Opening(InputStream in, byte[] prefix) {
            this.in = in;
            this.prefix = prefix;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            while (position == plain.length) {
                if (done) {
                    return -1;
                }
                next();
            }
            int n = Math.min(length, plain.length - position);
            System.arraycopy(plain, position, bytes, offset, n);
            position += n;
            return n;
        }

        private void next() throws IOException {
            byte[] sealed = in.readNBytes(SEGMENT + TAG);
            boolean last = sealed.length < SEGMENT + TAG;
            if (sealed.length < TAG) {
                throw new IOException("the encrypted file is cut short");
            }
            try {
                plain = cipher(Cipher.DECRYPT_MODE, prefix, segment++, last).doFinal(sealed);
            } catch (GeneralSecurityException e) {
                throw new IOException("the key is wrong or the encrypted file was changed", e);
            }
            position = 0;
            done = last;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
