package org.huiwu.persistence;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * The one way the app writes a file it keeps or hands out (exports, print files, attachment copies): the
 * content goes to a hidden temporary file in the target folder, is forced to disk, and only then moved over
 * the target, so a full disk, a failure or a cancel leaves the old file (or none), never a partial one; the
 * temporary file is always removed. The stream opener is injectable so tests can simulate a full disk.
 *
 * <p>Stateless apart from the opener; thread-safe. Refuses to run on the FX thread ({@link FxThreadGuard}).
 */
public final class AtomicFile {

    /** Opens the stream a temporary file is written through. */
    @FunctionalInterface
    public interface Opener {
        OutputStream open(Path file) throws IOException;
    }

    /** Writes a file's content; may fail with an I/O error (or any runtime exception, which is passed on). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final AtomicFile ON_DISK = new AtomicFile(AtomicFile::openForced);

    private final Opener opener;

    public AtomicFile(Opener opener) {
        this.opener = opener;
    }

    /** Writes to the real file system, forcing each file to disk before it replaces the old one. */
    public static AtomicFile onDisk() {
        return ON_DISK;
    }

    /**
     * Writes {@code target} in one step: either the complete new content is there afterwards, or the old
     * file is untouched and the failure is thrown (test it with {@link DiskFull#causes}).
     */
    public void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        FxThreadGuard.check("writing file " + absolute);
        Files.createDirectories(absolute.getParent());
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(opener.open(temp), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temporary file stays hidden; nothing more can be done
            }
        }
    }

    /** A new file whose content is forced to the device when the stream is closed. */
    private static OutputStream openForced(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        OutputStream out = Channels.newOutputStream(channel);
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                try (channel) {
                    channel.force(true);
                }
            }
        };
    }
}
