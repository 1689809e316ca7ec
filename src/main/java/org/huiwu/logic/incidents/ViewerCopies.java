package org.huiwu.logic.incidents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.huiwu.model.incidents.Attachment;
import org.huiwu.persistence.AtomicFile;
import org.huiwu.persistence.PrivateFiles;

/**
 * The decrypted copies of attachments opened for a viewer in an encrypted data folder: each is written whole
 * into the private folder {@value AttachmentStore#OPENED} when its attachment is opened, and all are removed at
 * close and at the next start after a crash. Owned by {@link AttachmentStore}. Synchronous and thread-safe; call
 * it off the FX thread.
 */
final class ViewerCopies {

    /** The photo or PDF itself, decrypted. */
    @FunctionalInterface
    interface Content {
        InputStream open() throws IOException;
    }

    private final Path folder;

    ViewerCopies(Path folder) {
        this.folder = folder;
    }

    /** Writes {@code content} as the viewer's copy of {@code attachment} and returns it. */
    Path write(Attachment attachment, Content content) throws IOException {
        Path opened = folder.resolve(attachment.id() + "-" + AttachmentStore.storedName(attachment.originalName()));
        PrivateFiles.createFolders(opened.getParent());
        AtomicFile.onDisk().write(opened, out -> {
            try (InputStream in = content.open()) {
                in.transferTo(out);
            }
        });
        return opened;
    }

    /** Removes every copy, and the folder. */
    void clear() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(ViewerCopies::deleteQuietly);
        } catch (IOException ignored) {
            // what is left is removed at the next start
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // removed at the next start
        }
    }
}
