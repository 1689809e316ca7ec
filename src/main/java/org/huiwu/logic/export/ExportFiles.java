package org.huiwu.logic.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.huiwu.persistence.PrivateFiles;

/**
 * Writes each export file through a hidden temporary file in the target folder that is moved into place
 * only when complete; on any failure (a full disk, a cancel) the partial file is deleted and an
 * {@link ExportFailedException} says why. The stream opener is injectable so tests can simulate a full
 * disk. Files on disk are created private to the user ({@link PrivateFiles}). Stateless apart from the opener; thread-safe.
 */
public final class ExportFiles {

    /** Opens the stream a file is written through. */
    @FunctionalInterface
    public interface Opener {
        OutputStream open(Path file) throws IOException;
    }

    /** Writes a file's content; may fail with an I/O error. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Opener opener;

    public ExportFiles(Opener opener) {
        this.opener = opener;
    }

    /** Writes to the real file system. */
    public static ExportFiles onDisk() {
        return new ExportFiles(file -> PrivateFiles.newOutputStream(file, StandardOpenOption.CREATE_NEW));
    }

    /** Writes the file atomically, or removes what was written and fails with the reason. */
    public void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            PrivateFiles.createFolders(absolute.getParent());
            try (OutputStream out = new BufferedOutputStream(opener.open(temp), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ExportFailedException(isDiskFull(e) ? ExportProblem.DISK_FULL : ExportProblem.NOT_WRITABLE,
                    absolute, e);
        } catch (ExportFailedException e) {
            throw e.file() == null ? new ExportFailedException(e.problem(), absolute, e) : e;
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temp file stays hidden; nothing more can be done
            }
        }
    }

    private static boolean isDiskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("No space left on device") || message.contains("not enough space on the disk")) {
                return true;
            }
        }
        return false;
    }
}
