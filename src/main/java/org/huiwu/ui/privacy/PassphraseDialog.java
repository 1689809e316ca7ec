package org.huiwu.ui.privacy;

import java.util.Optional;

import javafx.stage.Window;

import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.SecretDialog;

/**
 * The passphrase questions of an encrypted data folder, built on the shared {@link SecretDialog}: at start
 * (the folder, which try of three this is, why the last one failed, what a forgotten passphrase means), and
 * when a folder is encrypted (a new passphrase, typed twice). It only collects the text; the caller opens or
 * encrypts the folder with it (off the FX thread) and counts the tries. FX thread only.
 */
public final class PassphraseDialog {

    /** How many passphrases the window accepts before it explains and closes. */
    public static final int TRIES = 3;

    private final SecretDialog dialog;

    /**
     * The question at start.
     *
     * @param attempt the try this is, from 1 to {@link #TRIES}
     * @param lastWasWrong whether the previous try's passphrase was wrong
     */
    public PassphraseDialog(I18n i18n, String dataDir, int attempt, boolean lastWasWrong) {
        this(new SecretDialog(null, i18n.get("privacy.passphrase.title"),
                i18n.format("privacy.passphrase.prompt", dataDir), "passphrase")
                .problem(lastWasWrong ? i18n.format("privacy.passphrase.wrong", TRIES - attempt + 1) : "")
                .note(i18n.get("privacy.passphrase.forgotten")));
    }

    private PassphraseDialog(SecretDialog dialog) {
        this.dialog = dialog;
    }

    /** The question for a new passphrase when the folder is encrypted: typed twice, with the same warning. */
    public static PassphraseDialog newPassphrase(I18n i18n, Window owner, String dataDir) {
        return new PassphraseDialog(new SecretDialog(owner, i18n.get("privacy.newPassphrase.title"),
                i18n.format("privacy.newPassphrase.prompt", dataDir), "newPassphrase")
                .repeated(i18n.get("privacy.newPassphrase.repeat"))
                .note(i18n.get("privacy.passphrase.forgotten")));
    }

    /** Shows the dialog and waits; empty when the user cancelled. */
    public Optional<String> ask() {
        return dialog.ask();
    }

    /** Shows the dialog without waiting (the layout test looks at it). */
    public void show() {
        dialog.show();
    }
}
