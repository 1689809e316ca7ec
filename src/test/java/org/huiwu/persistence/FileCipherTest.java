package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * {@link FileCipher}: what it writes reads back whole at every size around its segment boundaries, holds none of
 * the plain bytes, and a wrong key, a changed byte, a file cut short at a segment boundary or extended opens
 * nothing.
 */
class FileCipherTest {

    private static final FileCipher KEY = FileCipher.ofFileKey(DatabaseAccess.fileKey("会议 passphrase", "a".repeat(64)));
    private static final FileCipher OTHER = FileCipher.ofFileKey(DatabaseAccess.fileKey("another", "a".repeat(64)));
    private static final int SEGMENT = 64 * 1024;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 100, SEGMENT - 1, SEGMENT, SEGMENT + 1, 2 * SEGMENT, 3 * SEGMENT + 17})
    void whatIsWrittenReadsBackWhole(int size) throws IOException {
        byte[] plain = plain(size);
        byte[] sealed = seal(KEY, plain);
        assertThat(open(KEY, sealed)).isEqualTo(plain);
        if (size >= 16) {
            assertThat(indexOf(sealed, Arrays.copyOf(plain, 16))).as("no plain run on disk").isNegative();
        }
    }

    @Test
    void aWrongKeyAChangedByteACutOrAnExtensionOpenNothing() throws IOException {
        byte[] sealed = seal(KEY, plain(2 * SEGMENT + 5));
        assertThatThrownBy(() -> open(OTHER, sealed)).isInstanceOf(IOException.class);
        byte[] changed = sealed.clone();
        changed[changed.length / 2] ^= 1;
        assertThatThrownBy(() -> open(KEY, changed)).isInstanceOf(IOException.class);
        byte[] cut = Arrays.copyOf(sealed, 12 + 8 + SEGMENT + 16);
        assertThatThrownBy(() -> open(KEY, cut)).as("cut at a segment boundary").isInstanceOf(IOException.class);
        byte[] extended = Arrays.copyOf(sealed, sealed.length + 1);
        assertThatThrownBy(() -> open(KEY, extended)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> open(KEY, plain(100))).as("a plain file").isInstanceOf(IOException.class);
    }

    @Test
    void withoutEncryptionBytesPassThrough() throws IOException {
        byte[] plain = plain(1000);
        assertThat(FileCipher.NONE.encrypts()).isFalse();
        assertThat(seal(FileCipher.NONE, plain)).isEqualTo(plain);
    }

    private static byte[] plain(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static byte[] seal(FileCipher cipher, byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream sealed = cipher.encrypting(out)) {
            for (int i = 0; i < plain.length; i += 5000) {
                sealed.write(plain, i, Math.min(5000, plain.length - i));
            }
        }
        return out.toByteArray();
    }

    private static byte[] open(FileCipher cipher, byte[] sealed) throws IOException {
        try (InputStream in = cipher.decrypting(new ByteArrayInputStream(sealed))) {
            return in.readAllBytes();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
