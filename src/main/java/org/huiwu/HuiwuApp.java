package org.huiwu;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.Backups;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.logic.settings.DataFolder;
import org.huiwu.logic.settings.Preferences;
import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.model.StorageUnavailableException;
import org.huiwu.persistence.Database;
import org.huiwu.ui.common.FxTaskRunner;
import org.huiwu.ui.common.StartupMarks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. {@link #init()} reads the language and theme noted beside the data folder's database;
 * {@link #start(Stage)} shows the main window at once, with the meeting list's place saying the folder is
 * being opened ({@link OpeningShell}, decision 0035), while the folder's opening (begun by {@link Launcher}
 * while the toolkit started, or begun here, with its passphrase, server password and 涉密 dialogs) finishes on
 * a thread of its own ({@link WindowOpening}); then the {@link Workbench} fills the same window, or the reason
 * the folder cannot be opened is shown. {@link #stop()} lets pending writes finish, takes the exit backup and
 * closes the database on a thread of its own, never on the FX thread.
 */
public final class HuiwuApp extends Application {

    /**
     * How long stopping waits for a folder still being opened before it leaves it to the JVM's exit: longer than
     * {@link AppContext#BUSY_WAIT}. A literal, so that the launcher's first call here does not initialise
     * {@link AppContext} (and logging) before the toolkit starts.
     */
    private static final long OPENING_WAIT_SECONDS = 120;

    /** Looked up when first needed, so setting up logging happens on the opening thread, not before launching. */
    private static Logger log() {
        return LoggerFactory.getLogger(HuiwuApp.class);
    }

    /**
     * The opening {@link Launcher} began before the toolkit started, handed over once to {@link #init()}: a
     * one-shot hand-off between the launching thread and the application object JavaFX constructs, not a
     * shared service.
     */
    private static volatile CompletableFuture<FolderOpening> begun;
    /** Lets the opening {@link #begun} go once the first window has been laid out (same hand-off). */
    private static volatile CountDownLatch windowShown = new CountDownLatch(0);

    private Path dataDir;
    private CompletableFuture<FolderOpening> early;
    /** The folder as {@link WindowOpening} left it, for {@link #stop()} when the window closed before it was used. */
    private final CompletableFuture<FolderOpening> opened = new CompletableFuture<>();
    private Language language = Language.CHINESE;
    private Theme theme = Theme.LIGHT;
    /** FX thread only, as is {@link #stopped}. */
    private AppContext context;
    private boolean stopped;

    /**
     * Starts opening the data folder named by {@code args} on a thread of its own, so that it overlaps the
     * start of the JavaFX toolkit and the first window; the window takes the result. Called by the launcher
     * before launching.
     */
    static void beginOpening(String[] args) {
        try {
            CountDownLatch shown = new CountDownLatch(1);
            handOver(FolderOpening.begin(DataFolder.resolve(WindowArguments.dataDir(List.of(args))), List.of(args), shown));
            windowShown = shown;
        } catch (RuntimeException e) {
            log().warn("Could not begin opening the data folder early; the window opens it", e);
        }
    }

    /** Hands the next window an opening already under way (the launcher; tests hold one back). */
    static void handOver(CompletableFuture<FolderOpening> opening) {
        begun = opening;
    }

    @Override
    public void init() {
        dataDir = DataFolder.resolve(WindowArguments.dataDir(getParameters().getRaw()));
        language = Preferences.languageBeforeOpening(dataDir);
        theme = Preferences.themeBeforeOpening(dataDir);
        early = begun;
        begun = null;
    }

    @Override
    public void start(Stage stage) {
        OpeningShell.putInto(stage, dataDir, language, theme);
        StartupMarks.watch(stage, "#meetingList");
        CountDownLatch shown = windowShown;
        OpeningShell.afterFirstLayout(stage, shown::countDown);
        stage.show();
        WindowOpening opening = new WindowOpening(dataDir, getParameters().getRaw(), language);
        Thread thread = new Thread(() -> {
            FolderOpening outcome;
            try {
                outcome = opening.finish(early);
            } catch (RuntimeException | Error e) {
                log().error("Opening the data folder {} failed", dataDir, e);
                opened.completeExceptionally(e);
                Platform.runLater(Platform::exit);
                throw e;
            }
            opened.complete(outcome);
            Platform.runLater(() -> show(stage, outcome));
        }, "huiwu-window-opening");
        thread.setDaemon(true);
        thread.start();
    }

    /** Fills the window from the opened folder, or explains why it cannot be opened and exits. FX thread. */
    private void show(Stage stage, FolderOpening outcome) {
        if (stopped) {
            return;
        }
        if (outcome.failure != null) {
            Alert alert = startupFailureAlert(language, outcome.failure);
            alert.initOwner(stage);
            alert.showAndWait();
            Platform.exit();
            return;
        }
        context = outcome.context;
        Workbench workbench = new Workbench(context, new FxTaskRunner(context.databaseWorker()), stage,
                outcome.language, outcome.theme);
        workbench.goLive();
        Path bundle = WindowArguments.bundle(getParameters().getRaw());
        if (bundle != null) {
            Platform.runLater(() -> workbench.openBundle(bundle));
        }
        if (outcome.restoreOutcomeKey != null) {
            I18n i18n = new I18n(outcome.language.locale());
            Alert alert = new Alert(Alert.AlertType.INFORMATION,
                    i18n.format(outcome.restoreOutcomeKey, outcome.restoreOutcomeArgument));
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
        stopped = true;
        if (context != null) {
            FolderClosing.inBackground(context);
        } else {
            FolderClosing.whenOpened(opened, OPENING_WAIT_SECONDS);
        }
    }

}
