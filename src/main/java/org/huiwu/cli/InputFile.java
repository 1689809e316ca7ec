package org.huiwu.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.huiwu.i18n.I18n;

/**
 * Checks a file a command is about to read, before the database is opened: a missing file, a folder, a pipe
 * or device (which would block the reader while it holds the database) and an unreadable file each get
 * their own one-line message. Stateless.
 */
final class InputFile {

    private InputFile() {
    }

    /** Returns the file when it is an ordinary readable file, else throws the command's one-line failure. */
    static Path require(Path file, I18n text) {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new CommandFailure(text.format("cli.file.missing", name));
        }
        if (Files.isDirectory(file)) {
            throw new CommandFailure(text.format("cli.file.directory", name));
        }
        if (!Files.isRegularFile(file)) {
            throw new CommandFailure(text.format("cli.file.notRegular", name));
        }
        if (!Files.isReadable(file)) {
            throw new CommandFailure(text.format("cli.file.notReadable", name));
        }
        return file;
    }
}
