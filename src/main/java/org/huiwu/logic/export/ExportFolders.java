package org.huiwu.logic.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.huiwu.logic.settings.Preferences;
import org.huiwu.persistence.PrivateFiles;

/**
 * The folder exports are written into: the one used last (remembered in the settings), else the user's
 * Documents/Huiwu exports folder (made when Documents exists), else the home folder; and whether a typed
 * or chosen folder can be written into. {@link #initial} and {@link #remember} touch the settings: call
 * them off the FX thread; {@link #problem} only looks up the folder's attributes, as the export dialog
 * does when Export is pressed. Stateless apart from its collaborators; thread-safe.
 */
public final class ExportFolders {

    /** Why a folder cannot take an export; the constant carries the bundle key of its message. */
    public enum Problem {
        NOT_FOUND("export.folder.notFound"),
        NOT_A_FOLDER("export.folder.notAFolder"),
        NOT_WRITABLE("export.folder.notWritable");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    static final String DEFAULT_NAME = "Huiwu exports";

    private final Preferences preferences;
    private final Path home;

    public ExportFolders(Preferences preferences, Path home) {
        this.preferences = preferences;
        this.home = home;
    }

    /** The folder to offer first. */
    public Path initial() {
        Optional<Path> remembered = preferences.exportFolder().map(Path::of).filter(Files::isDirectory);
        if (remembered.isPresent()) {
            return remembered.get();
        }
        Path documents = home.resolve("Documents");
        if (Files.isDirectory(documents)) {
            Path exports = documents.resolve(DEFAULT_NAME);
            try {
                return PrivateFiles.createFolders(exports);
            } catch (IOException | SecurityException cannotMake) {
                return documents;
            }
        }
        return home;
    }

    /** What keeps the folder from taking an export, empty when it can. */
    public Optional<Problem> problem(Path folder) {
        if (!Files.exists(folder)) {
            return Optional.of(Problem.NOT_FOUND);
        }
        if (!Files.isDirectory(folder)) {
            return Optional.of(Problem.NOT_A_FOLDER);
        }
        return Files.isWritable(folder) ? Optional.empty() : Optional.of(Problem.NOT_WRITABLE);
    }

    /** Remembers the folder for the next export. */
    public void remember(Path folder) {
        preferences.setExportFolder(folder.toAbsolutePath().toString());
    }
}
