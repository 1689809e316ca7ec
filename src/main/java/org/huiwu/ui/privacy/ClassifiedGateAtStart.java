package org.huiwu.ui.privacy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import javafx.application.Platform;

import org.huiwu.i18n.I18n;

/**
 * At start, before the main window shows any meeting (decision 0035), settles a data folder that holds 涉密
 * meetings without encryption at rest and without an override: shows the {@link ClassifiedFolderDialog} on the FX thread and carries out the
 * choice on the calling thread: encrypt (a new passphrase asked twice, then the caller's folder encrypts
 * itself; cancelling the passphrase shows the choice again) or a supervisor's override (logged by the
 * caller). Call {@link #settle} from a thread other than the FX thread, which must be running.
 */
public final class ClassifiedGateAtStart {

    /** What the gate does to the folder; the caller opens, encrypts and logs. */
    public interface Folder {
        /** Encrypts the folder with the new passphrase (closing and reopening it). */
        void encrypt(String passphrase);

        /** Logs the supervisor's override with its reason. */
        void override(String supervisor, String reason);
    }

    /** How the folder was settled. */
    public enum Outcome { ENCRYPTED, OVERRIDDEN, NOT_SETTLED }

    private final I18n i18n;
    private final Path dataDir;
    private final List<String> meetingTitles;
    private final Folder folder;

    public ClassifiedGateAtStart(I18n i18n, Path dataDir, List<String> meetingTitles, Folder folder) {
        this.i18n = i18n;
        this.dataDir = dataDir;
        this.meetingTitles = meetingTitles;
        this.folder = folder;
    }

    /** Asks until the folder is encrypted or overridden, or the user chose neither ({@link Outcome#NOT_SETTLED}). */
    public Outcome settle() {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the folder is settled off the FX thread");
        }
        while (true) {
            Optional<ClassifiedFolderDialog.Choice> choice = onFx(
                    () -> new ClassifiedFolderDialog(i18n, null, dataDir.toString(), meetingTitles).ask());
            if (choice.isEmpty()) {
                return Outcome.NOT_SETTLED;
            }
            if (!choice.get().encrypt()) {
                folder.override(choice.get().supervisor(), choice.get().reason());
                return Outcome.OVERRIDDEN;
            }
            Optional<String> passphrase = onFx(
                    () -> PassphraseDialog.newPassphrase(i18n, null, dataDir.toString()).ask());
            if (passphrase.isPresent()) {
                folder.encrypt(passphrase.get());
                return Outcome.ENCRYPTED;
            }
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> dialog) {
        FutureTask<T> task = new FutureTask<>(dialog);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the dialog failed", e.getCause());
        }
    }
}
