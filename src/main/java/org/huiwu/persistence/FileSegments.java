package org.huiwu.persistence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The format of one encrypted file under one key: the magic line {@value #MAGIC_TEXT}, an 8-byte random nonce prefix,
 * then AES-256-GCM segments of 64 KiB; each segment's nonce is the prefix and its number, and the header and whether
 * it is the last segment are authenticated, so a changed, reordered, cut-short or extended file and a wrong key all
 * fail to read. Writes and reads that format as streams. Immutable and thread-safe; the streams are not.
 */
final class FileSegments {

    private static final String MAGIC_TEXT = "HUIWU-ENC-1\n";
    private static final byte[] MAGIC = MAGIC_TEXT.getBytes(StandardCharsets.US_ASCII);
    private static final int PREFIX = 8;
    private static final int SEGMENT = 64 * 1024;
    private static final int TAG = 16;

    private final SecretKeySpec key;

    FileSegments(SecretKeySpec key) {
        this.key = key;
    }

    /** Whether {@code header} (the first bytes of a file) begins as an encrypted file does. */
    static boolean isHeader(byte[] header) {
        return Arrays.equals(header, MAGIC);
    }

    /** How many bytes {@link #isHeader} needs. */
    static int headerLength() {
        return MAGIC.length;
    }

    /** Writes the header to {@code out} and returns the stream that writes the segments after it. */
    OutputStream sealing(OutputStream out) throws IOException {
        byte[] prefix = new byte[PREFIX];
        new SecureRandom().nextBytes(prefix);
        out.write(MAGIC);
        out.write(prefix);
        return new Sealing(out, prefix);
    }

    /** Reads the header from {@code in} and returns the stream that reads the segments after it. */
    InputStream opening(InputStream in) throws IOException {
        if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC)) {
            throw new IOException("not an encrypted Huiwu file");
        }
        byte[] prefix = in.readNBytes(PREFIX);
        if (prefix.length != PREFIX) {
            throw new IOException("the encrypted file is cut short");
        }
        return new Opening(in, prefix);
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