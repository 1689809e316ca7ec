package org.huiwu;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.privacy.ClassifiedFolder;
import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.model.Meeting;
import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;
import org.huiwu.persistence.StoreLocation;
import org.huiwu.ui.privacy.ClassifiedGateAtStart;
import org.huiwu.ui.privacy.PassphraseAtStart;
import org.huiwu.ui.privacy.PassphraseDialog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's data folder made ready while the window already shows (decision 0035): takes the opening the
 * launcher began ({@link FolderOpening#begin}), or opens the folder here, asking an encrypted folder's
 * passphrase or the venue server's password in a window; then settles a 涉密 meeting in a plain folder
 * ({@link ClassifiedGateAtStart}) and starts the automatic backups. Runs on a thread of its own, never on the
 * FX thread (the dialogs it shows are put on the FX thread by their own classes); one instance per start.
 */
final class WindowOpening {

    /** Looked up when first needed, on this class's own thread (made on the FX thread, it must not set up logging there). */
    private static Logger log() {
        return LoggerFactory.getLogger(WindowOpening.class);
    }

    private final Path dataDir;
    private final List<String> arguments;
    private final Language language;

    WindowOpening(Path dataDir, List<String> arguments, Language language) {
        this.dataDir = dataDir;
        this.arguments = List.copyOf(arguments);
        this.language = language;
    }

    /**
     * The folder ready for the window, or the reason it is not: joins {@code early} (null when nothing was
     * begun) and opens the folder here when that began nothing or another folder. Blocks; off the FX thread.
     */
    FolderOpening finish(CompletableFuture<FolderOpening> early) {
        FolderOpening opening = null;
        if (early != null) {
            try {
                opening = early.join();
            } catch (RuntimeException e) {
                log().warn("The early opening of the data folder failed; opening it again", e);
            }
        }
        if (opening != null && !opening.dataDir.equals(dataDir)) {
            if (opening.context != null) {
                opening.context.close();
            }
            opening = null;
        }
        if (opening == null) {
            opening = openHere();
        }
        if (opening.context != null && settleClassified(opening)) {
            opening.context.applyBackupPolicy(opening.context.preferences().backupPolicy());
        }
        return opening;
    }

    /**
     * Opens the folder on this thread: asks for its passphrase first when it is encrypted, and for the venue
     * server's password when the window is to work on a server.
     */
    private FolderOpening openHere() {
        try {
            String passphrase = AppContext.isEncrypted(dataDir) ? askPassphrase() : null;
            StoreLocation store = ServerStart.store(dataDir, arguments, new I18n(language.locale()));
            return FolderOpening.open(dataDir, store, passphrase);
        } catch (StorageUnavailableException e) {
            return FolderOpening.failed(dataDir, e);
        }
    }

    /**
     * Asks for the passphrase of the encrypted folder in the language noted in the folder, trying each by
     * opening the folder and closing it again (a backup waiting to be restored needs the folder closed).
     */
    private String askPassphrase() {
        return new PassphraseAtStart(new I18n(language.locale()), dataDir,
                given -> AppContext.open(dataDir, Clock.systemDefaultZone(), AppContext.BUSY_WAIT,
                        () -> log().info("The database in {} is busy in another process; waiting", dataDir), given).close(),
                attempt -> log().warn("A wrong passphrase was given for {} (try {} of {})", dataDir, attempt,
                        PassphraseDialog.TRIES)).ask();
    }

    /**
     * When the folder holds a 涉密 meeting but is neither encrypted nor overridden (decision 0034), asks for one
     * of the two ways on before the window shows any meeting; false (the folder closed, the opening failed)
     * when the user chose neither.
     */
    private boolean settleClassified(FolderOpening opening) {
        ClassifiedFolder rule = opening.context.classifiedFolder();
        if (!rule.needsDecision()) {
            return true;
        }
        Language shown = opening.language;
        List<String> titles = rule.classifiedMeetings().stream().map(Meeting::title).toList();
        ClassifiedGateAtStart.Outcome outcome = new ClassifiedGateAtStart(new I18n(shown.locale()), dataDir, titles,
                new ClassifiedGateAtStart.Folder() {
                    @Override
                    public void encrypt(String passphrase) {
                        opening.context.close();
                        opening.context = null;
                        opening.context = FolderEncryption.encryptAndOpen(dataDir, passphrase, Clock.systemDefaultZone());
                    }

                    @Override
                    public void override(String supervisor, String reason) {
                        rule.override(supervisor, reason);
                    }
                }).settle();
        log().info("The classified meetings in the unencrypted folder {}: {}", dataDir, outcome);
        if (outcome == ClassifiedGateAtStart.Outcome.NOT_SETTLED) {
            opening.context.close();
            opening.context = null;
            opening.failure = new StorageUnavailableException(StorageProblem.CLASSIFIED_NOT_ENCRYPTED, dataDir,
                    new IllegalStateException("a classified meeting in a folder that is not encrypted"));
            return false;
        }
        return true;
    }
}
