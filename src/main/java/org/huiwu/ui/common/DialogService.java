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

    /** Offers a choice between {@code options}; the index chosen, or -1 when the user cancelled. */
    int choose(String title, String message, List<String> options);

    /**
     * Says what was done and offers one follow-up {@code action} beside {@code close} (no separate Cancel: there
     * is nothing left to cancel); true when the action was chosen. Doubles answer it as a choice of the two.
     */
    default boolean offer(String title, String message, String action, String close) {
        return choose(title, message, List.of(action, close)) == 0;
    }

    void showError(String title, String message);

    void showInformation(String title, String message);

    /** Lets the user pick a file to open; {@code extensions} like {@code "*.csv"}. */
    Optional<Path> chooseFileToOpen(String title, String filterDescription, List<String> extensions);

    /** Asks for a secret such as a passphrase, typed hidden; empty when cancelled (and in doubles that do not script it). */
    default Optional<String> askSecret(String title, String message) {
        return Optional.empty();
    }

    /** Lets the user pick a folder; empty when cancelled (and in doubles that do not script it). */
    default Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }

    /** Lets the user pick one or more files to open; empty when cancelled. */
    List<Path> chooseFilesToOpen(String title, String filterDescription, List<String> extensions);

    /** Lets the user pick where to save a file; {@code extension} like {@code "*.pdf"}. */
    Optional<Path> chooseFileToSave(String title, String filterDescription, String extension, String suggestedName);
}
