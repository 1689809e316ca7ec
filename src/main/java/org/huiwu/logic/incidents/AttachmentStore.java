package org.huiwu.logic.incidents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.huiwu.model.incidents.Attachment;
import org.huiwu.persistence.AtomicFile;
import org.huiwu.persistence.AttachmentDao;

/**
 * Keeps the photos and PDFs attached to incidents: a chosen file is checked (exists, not over the size
 * limit, a photo or PDF by its content), copied into {@code <dataDir>/attachments/<incident>/<uuid>-<name>}
 * with its SHA-256 computed while copying, flushed to disk, and only then recorded. Opening an
 * attachment checks the checksum again. Synchronous and thread-safe; call it off the FX thread.
 */
public final class AttachmentStore {

    /** The folder inside the data folder that holds the copies. */
    public static final String FOLDER = "attachments";

    private static final int MAX_NAME = 80;

    private final AttachmentDao attachments;
    private final Path dataDir;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private final long maxBytes;

    public AttachmentStore(AttachmentDao attachments, Path dataDir, Clock clock, Supplier<UUID> ids, long maxBytes) {
        this.attachments = attachments;
        this.dataDir = dataDir;
        this.clock = clock;
        this.ids = ids;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Copies {@code source} into the data folder and attaches it to the incident.
     *
     * @throws AttachmentRejectedException when the file is missing, too large, not a photo or PDF, or
     *     cannot be copied; nothing is left behind then
     */
    public Attachment attach(UUID incidentId, Path source, String by) {
        if (source == null || !Files.isRegularFile(source) || !Files.isReadable(source)) {
            throw new AttachmentRejectedException(AttachmentProblem.FILE_MISSING);
        }
        String mediaType = check(source);
        UUID id = ids.get();
        String name = storedName(source.getFileName().toString());
        String relative = FOLDER + "/" + incidentId + "/" + id + "-" + name;
        Path target = dataDir.resolve(relative);
        try {
            Copy[] copied = new Copy[1];
            AtomicFile.onDisk().write(target, out -> copied[0] = copy(source, out));
            Copy copy = copied[0];
            Attachment attachment = new Attachment(id, incidentId, source.getFileName().toString(), relative,
                    copy.size(), mediaType, copy.sha256(), clock.instant(), by);
            attachments.insert(attachment);
            return attachment;
        } catch (IOException e) {
            deleteQuietly(target);
            throw new AttachmentRejectedException(AttachmentProblem.COPY_FAILED, e);
        } catch (RuntimeException e) {
            deleteQuietly(target);
            throw e;
        }
    }

    /** The attachments of an incident, oldest first. */
    public List<Attachment> of(UUID incidentId) {
        return attachments.ofIncident(incidentId);
    }

    /** The problem with the stored copy (missing, or its checksum no longer matches), empty when it is intact. */
    public Optional<AttachmentProblem> verify(Attachment attachment) {
        Path stored = dataDir.resolve(attachment.storedPath());
        if (!Files.isRegularFile(stored)) {
            return Optional.of(AttachmentProblem.STORED_FILE_MISSING);
        }
        try (InputStream in = Files.newInputStream(stored)) {
            MessageDigest digest = sha256();
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            boolean intact = HexFormat.of().formatHex(digest.digest()).equals(attachment.sha256());
            return intact ? Optional.empty() : Optional.of(AttachmentProblem.CHECKSUM_MISMATCH);
        } catch (IOException e) {
            return Optional.of(AttachmentProblem.STORED_FILE_MISSING);
        }
    }

    /**
     * The stored copy to show, after checking it is intact.
     *
     * @throws AttachmentRejectedException when the copy is missing or was changed
     */
    public Path open(Attachment attachment) {
        Optional<AttachmentProblem> problem = verify(attachment);
        if (problem.isPresent()) {
            throw new AttachmentRejectedException(problem.get());
        }
        return dataDir.resolve(attachment.storedPath());
    }

    private String check(Path source) {
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

    private record Copy(long size, String sha256) { }

    /** Copies while hashing, refusing a file that grew past the limit ({@link AtomicFile} forces it to disk). */
    private Copy copy(Path source, OutputStream out) throws IOException {
        MessageDigest digest = sha256();
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

    /** The file name kept in the copy's name: letters, digits, dot, dash and underscore, at most 80 chars. */
    static String storedName(String original) {
        String cleaned = original.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return cleaned.length() <= MAX_NAME ? cleaned : cleaned.substring(cleaned.length() - MAX_NAME);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the partial copy stays; it is never recorded, so it is never shown
        }
    }
}
