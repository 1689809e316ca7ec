package org.huiwu.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog the app shows goes through here, so ViewModels can be tested with a scripted double.
 * Called on the FX thread.
 */
public interface DialogService {

    /** Asks a yes/no question; true when the user confirmed. */
    boolean confirm(String title, String message);

    void showError(String title, String message);

    void showInformation(String title, String message);

    /** Lets the user pick a file to open; {@code extensions} like {@code "*.csv"}. */
    Optional<Path> chooseFileToOpen(String title, String filterDescription, List<String> extensions);
}
