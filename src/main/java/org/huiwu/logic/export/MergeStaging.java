package org.huiwu.logic.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.huiwu.persistence.AtomicFile;
import org.huiwu.persistence.FileCipher;
import org.huiwu.persistence.PrivateFiles;

/**
 * The attachment files of one merge on their way into the data folder: a fresh staging folder inside the data
 * folder (so that staged files move into place without a copy), the files moved from it to the paths this laptop
 * derives (encrypted on the way in an encrypted folder; a file already there is kept), and on closing the moved files
 * removed again unless the merge was {@link #keep() kept}, and the staging folder always removed. Confined to the
 * merging thread.
 */
final class MergeStaging implements AutoCloseable {

    private final Path dataDir;
    private final FileCipher cipher;
    private final Path folder;
    private final List<Path> copied = new ArrayList<>();
    private boolean kept;

    MergeStaging(Path dataDir, FileCipher cipher) {
        this.dataDir = dataDir;
        this.cipher = cipher;
        this.folder = staging();
    }

    /** A folder inside the staging folder, for one bundle's files. */
    Path folder(String name) {
        return folder.resolve(name);
    }

    /** How many files were moved into place. */
    int copied() {
        return copied.size();
    }

    /** The merge succeeded: the moved files stay. */
    void keep() {
        kept = true;
    }

    @Override
    public void close() {
        if (!kept) {
            copied.forEach(MergeStaging::deleteQuietly);
        }
        deleteTree(folder);
    }

    /** A fresh folder inside the data folder, so that staged files move into place without a copy. */
    private Path staging() {
        try {
            return Files.createTempDirectory(dataDir, ".merge-");
        } catch (IOException e) {
            throw new ExportFailedException(ExportProblem.NOT_WRITABLE, dataDir, e);
        }
    }

    /** Moves a staged file into place unless a file is there already. */
    void place(BundleAttachments.Placement file) {
        Path target = dataDir.resolve(file.target());
        if (Files.exists(target)) {
            return;
        }
        try {
            PrivateFiles.createFolders(target.getParent());
            if (cipher.encrypts()) {
                AtomicFile.onDisk().write(target, out -> {
                    try (OutputStream sealed = cipher.encrypting(out); InputStream in = Files.newInputStream(file.staged())) {
                        in.transferTo(sealed);
                    }
                });
            } else {
                Files.move(file.staged(), target);
            }
            copied.add(target);
        } catch (FileAlreadyExistsException e) {
            // the same file came in an earlier bundle of this merge
        } catch (IOException e) {
            throw new ExportFailedException(ExportProblem.NOT_WRITABLE, target, e);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(MergeStaging::deleteQuietly);
        } catch (IOException | UncheckedIOException ignored) {
            // a leftover staging folder holds only copies that nothing reads
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray attachment file without a row, or a staged copy, does no harm
        }
    }
}
