package org.huiwu;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import org.huiwu.logic.export.BackupRejectedException;
import org.huiwu.logic.export.Backups;
import org.huiwu.logic.export.ScheduledRestore;
import org.huiwu.logic.settings.DataFolder;
import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.StoreLocation;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.FxTaskRunner;
import org.huiwu.ui.privacy.PassphraseDialog;
import org.huiwu.ui.common.StartupMarks;
import org.huiwu.i18n.I18n;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. {@link #init()} opens and migrates the database off the FX thread and reads
 * the saved language and theme; {@link #start(Stage)} shows the main window (or explains why the data
 * folder cannot be opened); {@link #stop()} lets pending writes finish, takes the exit backup and closes the
 * database on a thread of its own, never on the FX thread.
 */
public final class HuiwuApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(HuiwuApp.class);

    private AppContext context;
    private StorageUnavailableException startupFailure;
    private Language language = Language.CHINESE;
    private Theme theme = Theme.LIGHT;
    private String restoreOutcomeKey;
    private Object restoreOutcomeArgument;

    @Override
    public void init() {
        Path dataDir = DataFolder.resolve(dataDirArgument(getParameters().getRaw()));
        try {
            String passphrase = null;
            if (AppContext.isEncrypted(dataDir)) {
                passphrase = askPassphrase(dataDir);
            }
            StoreLocation store = ServerStart.store(dataDir, getParameters().getRaw(),
                    new I18n(Language.CHINESE.locale()));
            if (store instanceof StoreLocation.LaptopFolder) {
                restorePending(dataDir, passphrase);
            }
            context = AppContext.open(dataDir, Clock.systemDefaultZone(), store, AppContext.BUSY_WAIT,
                    () -> LOG.info("The database in {} is busy in another process; waiting", dataDir), passphrase);
            context.applyBackupPolicy(context.preferences().backupPolicy());
            language = context.preferences().language();
            theme = context.preferences().theme();
        } catch (StorageUnavailableException e) {
            LOG.error("Cannot open the data folder {}", dataDir, e);
            startupFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (startupFailure != null) {
            I18n i18n = new I18n(Language.CHINESE.locale());
            Alert alert = new Alert(Alert.AlertType.ERROR, new FailureMessages(i18n, Database::problemOf).startup(
                    startupFailure.problem(), startupFailure.dataDir(), Backups.latestIn(startupFailure.dataDir())));
            alert.setTitle(i18n.get("app.title"));
            alert.setHeaderText(null);
            alert.showAndWait();
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
                LOG.error("Closing the data folder failed", e);
            }
        }, "huiwu-closing");
        closing.setDaemon(false);
        closing.start();
        return closing;
    }

    /**
     * Asks for the passphrase of the encrypted folder (in a dialog on the FX thread, this thread waiting) and
     * tries it by opening the folder and closing it again (a backup waiting to be restored needs the folder
     * closed), up to {@link PassphraseDialog#TRIES} times; returns the one that opened it.
     *
     * @throws StorageUnavailableException {@link StorageProblem#WRONG_PASSPHRASE} after the last wrong try,
     *     {@link StorageProblem#PASSPHRASE_NEEDED} when the user cancelled
     */
    private String askPassphrase(Path dataDir) {
        I18n i18n = new I18n(Language.CHINESE.locale());
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
            } catch (InterruptedException | ExecutionException e) {
                throw new StorageUnavailableException(StorageProblem.PASSPHRASE_NEEDED, dataDir, e);
            }
            if (given.isEmpty()) {
                throw new StorageUnavailableException(StorageProblem.PASSPHRASE_NEEDED, dataDir,
                        new IllegalStateException("no passphrase given"));
            }
            try {
                AppContext.open(dataDir, Clock.systemDefaultZone(), AppContext.BUSY_WAIT,
                        () -> LOG.info("The database in {} is busy in another process; waiting", dataDir), given.get())
                        .close();
                return given.get();
            } catch (StorageUnavailableException e) {
                if (e.problem() != StorageProblem.WRONG_PASSPHRASE) {
                    throw e;
                }
                LOG.warn("A wrong passphrase was given for {} (try {} of {})", dataDir, attempt, PassphraseDialog.TRIES);
                wrong = e;
            }
        }
        throw wrong;
    }

    /** Restores a backup the user chose in the window last time, before the database is opened. */
    private void restorePending(Path dataDir, String passphrase) {
        try {
            new ScheduledRestore(dataDir, passphrase).restoreIfPending().ifPresent(meetings -> {
                LOG.info("Restored the chosen backup ({} meetings) into {}", meetings, dataDir);
                restoreOutcomeKey = "export.restore.doneAtStart";
                restoreOutcomeArgument = meetings;
            });
        } catch (BackupRejectedException e) {
            LOG.error("The backup chosen for restoring was not restored; the database was left as it was", e);
            boolean inUse = e.reason() == BackupRejectedException.Reason.IN_USE;
            restoreOutcomeKey = inUse ? "export.restore.inUse" : "export.restore.failedAtStart";
            restoreOutcomeArgument = dataDir.resolve(inUse ? ScheduledRestore.PENDING : ScheduledRestore.FAILED).toString();
        } catch (RuntimeException e) {
            LOG.error("The backup chosen for restoring could not be restored; it waits for the next start", e);
        }
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
