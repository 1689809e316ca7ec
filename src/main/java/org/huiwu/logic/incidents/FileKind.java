package org.huiwu.logic.incidents;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises photos and PDFs by their first bytes, whatever their file name says: PNG, JPEG, GIF,
 * WebP, HEIC/HEIF and PDF. Stateless.
 */
final class FileKind {

    /** How many leading bytes {@link #mediaType} needs. */
    static final int HEAD_LENGTH = 16;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "mif1", "msf1");

    private FileKind() {
    }

    /** The media type of a file starting with {@code head}, or empty when it is not a photo or PDF. */
    static Optional<String> mediaType(byte[] head) {
        if (startsWith(head, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(head, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(head, ascii("GIF87a")) || startsWith(head, ascii("GIF89a"))) {
            return Optional.of("image/gif");
        }
        if (startsWith(head, ascii("RIFF")) && text(head, 8, 12).equals("WEBP")) {
            return Optional.of("image/webp");
        }
        if (text(head, 4, 8).equals("ftyp") && HEIF_BRANDS.contains(text(head, 8, 12))) {
            return Optional.of("image/heic");
        }
        if (startsWith(head, ascii("%PDF-"))) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    private static String text(byte[] head, int from, int to) {
        return head.length >= to ? new String(head, from, to - from, StandardCharsets.US_ASCII) : "";
    }
}
