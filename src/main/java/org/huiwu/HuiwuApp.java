package org.huiwu;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import org.huiwu.logic.export.Backups;
import org.huiwu.logic.settings.DataFolder;
import org.huiwu.logic.settings.Preferences;
import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.logic.privacy.ClassifiedFolder;
import org.huiwu.model.Meeting;
import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.StoreLocation;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.FxTaskRunner;
import org.huiwu.ui.privacy.ClassifiedGateAtStart;
import org.huiwu.ui.privacy.PassphraseAtStart;
import org.huiwu.ui.privacy.PassphraseDialog;
import org.huiwu.ui.common.StartupMarks;
import org.huiwu.i18n.I18n;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. {@link #init()} takes the data folder's opening (begun by {@link Launcher} while
 * the toolkit started, or begun here) off the FX thread, with the saved language and theme; {@link #start(Stage)} shows the main window (or explains why the data
 * folder cannot be opened); {@link #stop()} lets pending writes finish, takes the exit backup and closes the
 * database on a thread of its own, never on the FX thread.
 */
public final class HuiwuApp extends Application {

    /** Looked up when first needed, so setting up logging happens on the opening thread, not before launching. */
    private static Logger log() {
        return LoggerFactory.getLogger(HuiwuApp.class);
    }

    /**
     * The opening {@link Launcher} began before the toolkit started, handed over once to {@link #init()}: a
     * one-shot hand-off between the launching thread and the application object JavaFX constructs, not a
     * shared service.
     */
    private static volatile java.util.concurrent.CompletableFuture<FolderOpening> begun;

    private AppContext context;
    private StorageUnavailableException startupFailure;
    private Language language = Language.CHINESE;
    private Theme theme = Theme.LIGHT;
    private String restoreOutcomeKey;
    private Object restoreOutcomeArgument;

    /**
     * Starts opening the data folder named by {@code args} on a thread of its own, so that it overlaps the
     * start of the JavaFX toolkit; {@link #init()} takes the result. Called by the launcher before launching.
     */
    static void beginOpening(String[] args) {
        try {
            begun = FolderOpening.begin(DataFolder.resolve(dataDirArgument(List.of(args))), List.of(args));
        } catch (RuntimeException e) {
            log().warn("Could not begin opening the data folder early; init() opens it", e);
        }
    }

    @Override
    public void init() {
        Path dataDir = DataFolder.resolve(dataDirArgument(getParameters().getRaw()));
        language = Preferences.languageBeforeOpening(dataDir);
        java.util.concurrent.CompletableFuture<FolderOpening> early = begun;
        begun = null;
        FolderOpening opening = early == null ? null : early.join();
        if (opening != null && !opening.dataDir.equals(dataDir)) {
            if (opening.context != null) {
                opening.context.close();
            }
            opening = null;
        }
        if (opening == null) {
            opening = openHere(dataDir);
        }
        context = opening.context;
        startupFailure = opening.failure;
        restoreOutcomeKey = opening.restoreOutcomeKey;
        restoreOutcomeArgument = opening.restoreOutcomeArgument;
        if (context == null) {
            return;
        }
        language = opening.language;
        theme = opening.theme;
        if (settleClassified(dataDir)) {
            context.applyBackupPolicy(context.preferences().backupPolicy());
        }
    }

    /**
     * Opens the folder on this thread: asks for its passphrase first when it is encrypted, and for the venue
     * server's password when the window is to work on a server.
     */
    private FolderOpening openHere(Path dataDir) {
        try {
            String passphrase = AppContext.isEncrypted(dataDir) ? askPassphrase(dataDir) : null;
            StoreLocation store = ServerStart.store(dataDir, getParameters().getRaw(), new I18n(language.locale()));
            return FolderOpening.open(dataDir, store, passphrase);
        } catch (StorageUnavailableException e) {
            return FolderOpening.failed(dataDir, e);
        }
    }

    @Override
    public void start(Stage stage) {
        if (startupFailure != null) {
            startupFailureAlert(language, startupFailure).showAndWait();
            Platform.exit();
            return;
        }
        Workbench workbench = new Workbench(context, new FxTaskRunner(context.databaseWorker()), stage, language, theme);
        StartupMarks.watch(stage, "#meetingList");
        stage.show();
        workbench.goLive();
        Path bundle = bundleArgument(getParameters().getRaw());
        if (bundle != null) {
            Platform.runLater(() -> workbench.openBundle(bundle));
        }
        if (restoreOutcomeKey != null) {
            I18n i18n = new I18n(language.locale());
            Alert alert = new Alert(Alert.AlertType.INFORMATION, i18n.format(restoreOutcomeKey, restoreOutcomeArgument));
            alert.initOwner(stage);
            alert.setTitle(i18n.get("export.restore.title"));
            alert.setHeaderText(null);
            alert.show();
        }
    }

    /**
     * The message shown instead of the window when the data folder cannot be opened (after the last wrong
     * passphrase too), in the language noted in the folder. FX thread.
     */
    static Alert startupFailureAlert(Language language, StorageUnavailableException failure) {
        I18n i18n = new I18n(language.locale());
        Alert alert = new Alert(Alert.AlertType.ERROR, new FailureMessages(i18n, Database::problemOf).startup(
                failure.problem(), failure.dataDir(), Backups.latestIn(failure.dataDir())));
        alert.setTitle(i18n.get("app.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("startupFailure");
        return alert;
    }

    /**
     * Called on the FX thread once the window is gone: hands closing (pending writes, the exit backup, the
     * database) to a thread of its own, so the FX thread does no database or file work and the window closes
     * at once.
     */
    @Override
    public void stop() {
        if (context != null) {
            closeInBackground(context);
        }
    }

    /**
     * Closes {@code context} on a new non-daemon thread and returns it: the JVM ends only when the pending
     * writes, the exit backup and the database close are done. Nothing interrupts that thread (it is inside
     * H2 most of the time).
     */
    static Thread closeInBackground(AppContext context) {
        Thread closing = new Thread(() -> {
            try {
                context.close();
            } catch (RuntimeException e) {
                log().error("Closing the data folder failed", e);
            }
        }, "huiwu-closing");
        closing.setDaemon(false);
        closing.start();
        return closing;
    }

    /**
     * Asks for the passphrase of the encrypted folder in the language noted in the folder, trying each by
     * opening the folder and closing it again (a backup waiting to be restored needs the folder closed).
     */
    private String askPassphrase(Path dataDir) {
        return new PassphraseAtStart(new I18n(language.locale()), dataDir,
                given -> AppContext.open(dataDir, Clock.systemDefaultZone(), AppContext.BUSY_WAIT,
                        () -> log().info("The database in {} is busy in another process; waiting", dataDir), given).close(),
                attempt -> log().warn("A wrong passphrase was given for {} (try {} of {})", dataDir, attempt,
                        PassphraseDialog.TRIES)).ask();
    }

    /**
     * When the folder holds a 涉密 meeting but is neither encrypted nor overridden (decision 0034), asks for one
     * of the two ways on before the window opens; false (the folder closed, the start failing) when the user
     * chose neither.
     */
    private boolean settleClassified(Path dataDir) {
        ClassifiedFolder rule = context.classifiedFolder();
        if (!rule.needsDecision()) {
            return true;
        }
        List<String> titles = rule.classifiedMeetings().stream().map(Meeting::title).toList();
        ClassifiedGateAtStart.Outcome outcome = new ClassifiedGateAtStart(new I18n(language.locale()), dataDir, titles,
                new ClassifiedGateAtStart.Folder() {
                    @Override
                    public void encrypt(String passphrase) {
                        context.close();
                        context = null;
                        context = FolderEncryption.encryptAndOpen(dataDir, passphrase, Clock.systemDefaultZone());
                    }

                    @Override
                    public void override(String supervisor, String reason) {
                        rule.override(supervisor, reason);
                    }
                }).settle();
        log().info("The classified meetings in the unencrypted folder {}: {}", dataDir, outcome);
        if (outcome == ClassifiedGateAtStart.Outcome.NOT_SETTLED) {
            context.close();
            context = null;
            startupFailure = new StorageUnavailableException(StorageProblem.CLASSIFIED_NOT_ENCRYPTED, dataDir,
                    new IllegalStateException("a classified meeting in a folder that is not encrypted"));
            return false;
        }
        return true;
    }

    /**
     * The bundle the app was opened with, as the file manager passes it for a double-clicked {@code .huiwu}
     * file: the one argument that is not an option nor the value of {@code --data-dir}; null when there is none.
     */
    static Path bundleArgument(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--data-dir") || ServerStart.OPTIONS.contains(argument)) {
                i++;
            } else if (!argument.startsWith("-") && argument.toLowerCase(java.util.Locale.ROOT).endsWith(".huiwu")) {
                return Path.of(argument);
            }
        }
        return null;
    }

    /** The value of {@code --data-dir DIR} or {@code --data-dir=DIR}, or null. */
    static Path dataDirArgument(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--data-dir") && i + 1 < arguments.size()) {
                return Path.of(arguments.get(i + 1));
            }
            if (argument.startsWith("--data-dir=")) {
                return Path.of(argument.substring("--data-dir=".length()));
            }
        }
        return null;
    }
}
