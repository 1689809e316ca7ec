package org.huiwu.logic.incidents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A chosen file on its way to becoming an attachment: checked (not over the size limit, a photo or PDF by its
 * content), then copied while its SHA-256 is computed, refusing a file that grew past the limit meanwhile; and the
 * SHA-256 of a stored copy read back. Immutable and thread-safe.
 */
final class AttachmentIntake {

    /** What a copy wrote: its size and SHA-256 (hex). */
    record Copy(long size, String sha256) { }

    private final long maxBytes;

    AttachmentIntake(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The media type of {@code source}, after checking its size and content. */
    String mediaTypeOf(Path source) {
        try {
            if (Files.size(source) > maxBytes) {
                throw new AttachmentRejectedException(AttachmentProblem.TOO_LARGE);
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(source)) {
                head = in.readNBytes(FileKind.HEAD_LENGTH);
            }
            return FileKind.mediaType(head)
                    .orElseThrow(() -> new AttachmentRejectedException(AttachmentProblem.NOT_IMAGE_OR_PDF));
        } catch (IOException e) {
            throw new AttachmentRejectedException(AttachmentProblem.FILE_MISSING, e);
        }
    }

    /** Copies while hashing, refusing a file that grew past the limit ({@link AtomicFile} forces it to disk). */
    Copy copy(Path source, OutputStream out) throws IOException {
        MessageDigest digest = digest();
        long size = 0;
        try (InputStream in = Files.newInputStream(source)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                size += n;
                if (size > maxBytes) {
                    throw new AttachmentRejectedException(AttachmentProblem.TOO_LARGE);
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        return new Copy(size, HexFormat.of().formatHex(digest.digest()));
    }

    /** The SHA-256 (hex) of what {@code in} reads. */
    static String sha256(InputStream in) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
