package org.huiwu.logic.export;

import java.io.IOException;
import java.nio.file.Path;

import org.huiwu.persistence.AtomicFile;
import org.huiwu.persistence.DiskFull;

/**
 * Writes each export file through {@link AtomicFile} (complete or not at all) and turns a failure into an
 * {@link ExportFailedException} that says why: a full disk, or a folder that cannot be written. The opener
 * is injectable so tests can simulate a full disk. Stateless apart from it; thread-safe; never on the FX
 * thread.
 */
public final class ExportFiles {

    private final AtomicFile files;

    public ExportFiles(AtomicFile.Opener opener) {
        this(new AtomicFile(opener));
    }

    private ExportFiles(AtomicFile files) {
        this.files = files;
    }

    /** Writes to the real file system. */
    public static ExportFiles onDisk() {
        return new ExportFiles(AtomicFile.onDisk());
    }

    /** Writes the file atomically, or leaves the old one and fails with the reason. */
    public void write(Path target, AtomicFile.Content content) {
        Path absolute = target.toAbsolutePath();
        try {
            files.write(absolute, content);
        } catch (IOException e) {
            throw new ExportFailedException(DiskFull.causes(e) ? ExportProblem.DISK_FULL : ExportProblem.NOT_WRITABLE,
                    absolute, e);
        } catch (ExportFailedException e) {
            throw e.file() == null ? new ExportFailedException(e.problem(), absolute, e) : e;
        }
    }
}
