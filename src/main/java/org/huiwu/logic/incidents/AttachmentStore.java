package org.huiwu.logic.incidents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.huiwu.model.incidents.Attachment;
import org.huiwu.persistence.AtomicFile;
import org.huiwu.persistence.AttachmentDao;
import org.huiwu.persistence.FileCipher;

/**
 * Keeps the photos and PDFs attached to incidents: a chosen file is checked (exists, not over the size
 * limit, a photo or PDF by its content), copied into {@code <dataDir>/attachments/<incident>/<uuid>-<name>}
 * (private to the user) with its SHA-256 computed while copying, flushed to disk, and only then recorded. Opening an
 * attachment checks the checksum again. In an encrypted data folder the copy is encrypted ({@link FileCipher},
 * key derived from the passphrase; the checksum is of the photo itself), and opening it for a viewer writes a
 * decrypted copy into the private folder {@value #OPENED} ({@link ViewerCopies}), which {@link #clearOpened}
 * empties. Checking and copying a chosen file is {@link AttachmentIntake}. Synchronous and thread-safe; call it off the FX thread.
 */
public final class AttachmentStore {

    /** The folder inside the data folder that holds the copies. */
    public static final String FOLDER = "attachments";

    /** How many leading bytes {@link #mediaType} needs. */
    public static final int HEAD_LENGTH = FileKind.HEAD_LENGTH;

    /** The folder inside the data folder that holds decrypted copies opened for a viewer. */
    public static final String OPENED = ".opened";

    private static final int MAX_NAME = 80;

    private final AttachmentDao attachments;
    private final Path dataDir;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private final long maxBytes;
    private final FileCipher cipher;
    private final AttachmentIntake intake;
    private final ViewerCopies viewerCopies;

    public AttachmentStore(AttachmentDao attachments, Path dataDir, Clock clock, Supplier<UUID> ids, long maxBytes) {
        this(attachments, dataDir, clock, ids, maxBytes, FileCipher.NONE);
    }

    /** A store whose copies are encrypted with {@code cipher} ({@link FileCipher#NONE}: kept as they are). */
    public AttachmentStore(AttachmentDao attachments, Path dataDir, Clock clock, Supplier<UUID> ids, long maxBytes,
            FileCipher cipher) {
        this.cipher = cipher;
        this.attachments = attachments;
        this.dataDir = dataDir;
        this.clock = clock;
        this.ids = ids;
        this.maxBytes = maxBytes;
        this.intake = new AttachmentIntake(maxBytes);
        this.viewerCopies = new ViewerCopies(dataDir.resolve(OPENED));
    }

    /**
     * The media type of a file starting with {@code head}, by its content: the check every attachment passes,
     * from quick capture or from a merged bundle; empty when it is not a photo or PDF.
     */
    public static Optional<String> mediaType(byte[] head) {
        return FileKind.mediaType(head);
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
        String mediaType = intake.mediaTypeOf(source);
        UUID id = ids.get();
        String name = storedName(source.getFileName().toString());
        String relative = FOLDER + "/" + incidentId + "/" + id + "-" + name;
        Path target = dataDir.resolve(relative);
        try {
            AttachmentIntake.Copy[] copied = new AttachmentIntake.Copy[1];
            AtomicFile.onDisk().write(target, out -> {
                try (OutputStream sealed = cipher.encrypting(out)) {
                    copied[0] = intake.copy(source, sealed);
                }
            });
            AttachmentIntake.Copy copy = copied[0];
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
        try (InputStream in = read(stored)) {
            boolean intact = AttachmentIntake.sha256(in).equals(attachment.sha256());
            return intact ? Optional.empty() : Optional.of(AttachmentProblem.CHECKSUM_MISMATCH);
        } catch (IOException e) {
            // unreadable, or (encrypted) the key is wrong or the bytes were changed
            return Optional.of(Files.isRegularFile(stored) ? AttachmentProblem.CHECKSUM_MISMATCH
                    : AttachmentProblem.STORED_FILE_MISSING);
        }
    }

    /** The content of a stored copy as the photo or PDF itself (decrypted in an encrypted folder). */
    public InputStream read(Path stored) throws IOException {
        InputStream in = Files.newInputStream(stored);
        try {
            return cipher.decrypting(in);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    /** Removes the decrypted copies opened for a viewer (at close, and at the next start after a crash). */
    public void clearOpened() {
        viewerCopies.clear();
    }

    /**
     * The file to show, after checking it is intact: the stored copy, or in an encrypted folder a decrypted
     * copy in the private folder {@value #OPENED}.
     *
     * @throws AttachmentRejectedException when the copy is missing or was changed
     */
    public Path open(Attachment attachment) {
        Optional<AttachmentProblem> problem = verify(attachment);
        if (problem.isPresent()) {
            throw new AttachmentRejectedException(problem.get());
        }
        Path stored = dataDir.resolve(attachment.storedPath());
        if (!cipher.encrypts()) {
            return stored;
        }
        try {
            return viewerCopies.write(attachment, () -> read(stored));
        } catch (IOException e) {
            throw new AttachmentRejectedException(AttachmentProblem.CHECKSUM_MISMATCH, e);
        }
    }

    /** The file name kept in the copy's name: letters, digits, dot, dash and underscore, at most 80 chars. */
    static String storedName(String original) {
        String cleaned = original.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return cleaned.length() <= MAX_NAME ? cleaned : cleaned.substring(cleaned.length() - MAX_NAME);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the partial copy stays; it is never recorded, so it is never shown
        }
    }
}
