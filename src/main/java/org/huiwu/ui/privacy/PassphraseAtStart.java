package org.huiwu.ui.privacy;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

import javafx.application.Platform;

import org.huiwu.i18n.I18n;
import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;

/**
 * Asks for an encrypted data folder's passphrase when the app starts, before the main window shows any
 * meeting: shows the {@link PassphraseDialog} on the FX thread (in the user's language, read from the folder's language
 * note), tries each passphrase given with the caller's opener on the calling thread, and after
 * {@link PassphraseDialog#TRIES} wrong ones stops. A wrong try changes nothing on disk (H2 refuses the file
 * key before it writes). Call {@link #ask} from a thread other than the FX thread, which must be running.
 */
public final class PassphraseAtStart {

    /** Opens the folder with a passphrase (and closes it again); throws as {@code Database.open} does. */
    @FunctionalInterface
    public interface Opener {
        void open(String passphrase);
    }

    private final I18n i18n;
    private final Path dataDir;
    private final Opener opener;
    private final Consumer<Integer> wrongTry;

    /** @param wrongTry told the number of each wrong try (for the log) */
    public PassphraseAtStart(I18n i18n, Path dataDir, Opener opener, Consumer<Integer> wrongTry) {
        this.i18n = i18n;
        this.dataDir = dataDir;
        this.opener = opener;
        this.wrongTry = wrongTry;
    }

    /**
     * The passphrase that opened the folder.
     *
     * @throws StorageUnavailableException {@link StorageProblem#WRONG_PASSPHRASE} after the last wrong try,
     *     {@link StorageProblem#PASSPHRASE_NEEDED} when the user cancelled; any other problem of opening
     */
    public String ask() {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the passphrase is tried off the FX thread");
        }
        StorageUnavailableException wrong = null;
        for (int attempt = 1; attempt <= PassphraseDialog.TRIES; attempt++) {
            int shown = attempt;
            boolean lastWasWrong = wrong != null;
            FutureTask<Optional<String>> dialog = new FutureTask<>(
                    () -> new PassphraseDialog(i18n, dataDir.toString(), shown, lastWasWrong).ask());
            Platform.runLater(dialog);
            Optional<String> given;
            try {
                given = dialog.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StorageUnavailableException(StorageProblem.PASSPHRASE_NEEDED, dataDir, e);
            } catch (ExecutionException e) {
                throw new StorageUnavailableException(StorageProblem.PASSPHRASE_NEEDED, dataDir, e);
            }
            if (given.isEmpty()) {
                throw new StorageUnavailableException(StorageProblem.PASSPHRASE_NEEDED, dataDir,
                        new IllegalStateException("no passphrase given"));
            }
            try {
                opener.open(given.get());
                return given.get();
            } catch (StorageUnavailableException e) {
                if (e.problem() != StorageProblem.WRONG_PASSPHRASE) {
                    throw e;
                }
                wrongTry.accept(attempt);
                wrong = e;
            }
        }
        throw wrong;
    }
}
