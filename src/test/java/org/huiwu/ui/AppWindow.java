package org.huiwu.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.stage.Stage;
import javafx.stage.Window;

import org.huiwu.AppContext;
import org.huiwu.Workbench;
import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.FxDialogService;
import org.huiwu.ui.common.FxTaskRunner;
import org.testfx.api.FxToolkit;

/**
 * The app's main window as the window tests drive it: the whole app over a data folder, in Chinese, on
 * a stage of its own. Opened in a test's {@code @Start} (FX thread; the data folder is opened and migrated
 * on another thread, as the app does); {@link #close()} after each test
 * (test thread) removes the stages and closes the database. Test code.
 */
public record AppWindow(AppContext context, Workbench workbench, Stage stage) {

    /** The window in the light theme at the given size, with the real dialogs. */
    public static AppWindow open(Path dataDir, Clock clock, double width, double height) {
        return open(dataDir, clock, Theme.LIGHT, width, height, FxDialogService::new);
    }

    /** The window in {@code theme} at the given size, its dialogs made by {@code dialogs}. */
    public static AppWindow open(Path dataDir, Clock clock, Theme theme, double width, double height,
            Function<Supplier<Window>, DialogService> dialogs) {
        return open(dataDir, clock, Language.CHINESE, theme, width, height, dialogs);
    }

    /** The window in {@code language} and {@code theme} at the given size, its dialogs made by {@code dialogs}. */
    public static AppWindow open(Path dataDir, Clock clock, Language language, Theme theme, double width,
            double height, Function<Supplier<Window>, DialogService> dialogs) {
        Stage stage = new Stage();
        AppContext context = OffFxThread.get(() -> AppContext.open(dataDir, clock));
        Workbench workbench = new Workbench(context, new FxTaskRunner(context.databaseWorker()), stage,
                language, theme, dialogs);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        return new AppWindow(context, workbench, stage);
    }

    /** Removes every test stage and closes the database. Call it from the test thread, not the FX thread. */
    public void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        context.close();
    }
}
