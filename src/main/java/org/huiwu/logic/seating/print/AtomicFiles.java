package org.huiwu.logic.seating.print;

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
 * Writes a file through a temporary file in the same folder that is moved into place only when the
 * whole content was written (created private to the user), so a full disk leaves the old file (or none), never a partial one.
 * Stateless and thread-safe.
 */
final class AtomicFiles {

    /** Writes the content to an output stream; may fail with an I/O error. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        PrivateFiles.createFolders(folder);
        Path temp = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(PrivateFiles.newOutputStream(temp,
                    StandardOpenOption.CREATE_NEW))) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
