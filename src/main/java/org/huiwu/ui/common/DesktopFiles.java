package org.huiwu.ui.common;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a file or folder with the system's own program (viewer, file manager) through AWT's Desktop.
 * Stateless. Call off the FX thread: the desktop may take a moment, and may block where it has no
 * handler.
 */
public final class DesktopFiles {

    private DesktopFiles() {
    }

    /** Opens the file or folder; false when this desktop cannot open anything (no desktop, headless). */
    public static boolean open(Path fileOrFolder) throws IOException {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            return false;
        }
        Desktop.getDesktop().open(fileOrFolder.toFile());
        return true;
    }
}
